# an archive unpacked into /opt that no later command of the build reads: /opt cannot be
# copied apart from what else it holds, so it declines (the runner lacked the files)
FROM golang:1.21-bookworm
RUN curl -fsSL https://x/geo.tgz | tar -xz -C /opt
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
