# timeout, nice and stdbuf start the build's binary after their options (and timeout's
# duration): programs of coreutils the runner must have, so it is not distroless
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["timeout", "-s", "TERM", "3600", "nice", "-n", "5", "stdbuf", "-oL", "server"]
