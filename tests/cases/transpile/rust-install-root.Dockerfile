FROM rust:1-bookworm
WORKDIR /src
COPY . .
RUN cargo install --path ./crates/daemon --root /opt/daemon --bin daemond
ENTRYPOINT ["/opt/daemon/bin/daemond"]
