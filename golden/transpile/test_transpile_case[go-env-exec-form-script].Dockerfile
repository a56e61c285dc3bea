# `env` runs the script's shell: env's options and assignments are transparent, the
# script is read (with --context) and env itself is a program the runner must have,
# so the runner has a shell (distroless has no env)
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
RUN test -x /usr/bin/env && test -x /bin/sh
CMD ["/usr/bin/env", "-u", "OLDPWD", "--", "MODE=prod", "sh", "start.sh"]
