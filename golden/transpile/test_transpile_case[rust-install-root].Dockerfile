FROM rust:1-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo install --path ./crates/daemon --root /opt/daemon --bin daemond

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/daemon/bin/daemond /opt/daemon/bin/daemond
ENTRYPOINT ["/opt/daemon/bin/daemond"]
