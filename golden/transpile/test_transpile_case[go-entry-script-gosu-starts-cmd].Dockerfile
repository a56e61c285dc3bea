# the entry script ends `exec gosu nobody "$@"`: gosu (installed by apt, installed again
# in the runner) is placed and the CMD it starts is read as the script's program
FROM golang:1.22-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

FROM debian:bookworm-slim
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /src/entrypoint.sh /src/entrypoint.sh
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v gosu >/dev/null && test -x /bin/sh
ENTRYPOINT ["/src/entrypoint.sh"]
CMD ["server"]
