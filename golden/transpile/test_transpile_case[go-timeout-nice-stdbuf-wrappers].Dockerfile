# timeout, nice and stdbuf start the build's binary after their options (and timeout's
# duration): programs of coreutils the runner must have, so it is not distroless
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v timeout >/dev/null && command -v nice >/dev/null && command -v stdbuf >/dev/null
CMD ["timeout", "-s", "TERM", "3600", "nice", "-n", "5", "stdbuf", "-oL", "server"]
