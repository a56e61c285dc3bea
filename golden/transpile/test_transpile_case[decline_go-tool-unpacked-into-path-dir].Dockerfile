# a tool unpacked by name into /usr/local/bin that no command of the build runs is put on
# the PATH by hand (tar names its member): the runner gets it and tests it there, and the
# distroless runner has no shell to test it in, so it declines (the runner lacked it)
FROM golang:1.21-bookworm
RUN curl -fsSL https://x/migrate.tgz | tar -xz -C /usr/local/bin migrate
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
