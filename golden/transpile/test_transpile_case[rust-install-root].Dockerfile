FROM rust:1-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo install --path ./crates/daemon --root /opt/daemon --bin daemond

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/daemon/bin/daemond /opt/daemon/bin/daemond
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
ENTRYPOINT ["/opt/daemon/bin/daemond"]
