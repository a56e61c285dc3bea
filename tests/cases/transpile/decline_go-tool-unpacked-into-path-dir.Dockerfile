# a tool unpacked into /usr/local/bin that no command of the build runs is there for the
# program, and /usr/local/bin cannot be copied apart from the system: it declines (the
# runner lacked the tool)
FROM golang:1.21-bookworm
RUN curl -fsSL https://x/migrate.tgz | tar -xz -C /usr/local/bin migrate
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
