# the start script comes with the whole context (COPY . .) before the build and is read
# with --context: the builder holds it at /src/start.sh (post-condition: a context copy
# of the builder puts that file there), the runner gets it at the same path
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

FROM debian:bookworm-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /src/start.sh /src/start.sh
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN test -x /bin/sh
CMD ./start.sh
