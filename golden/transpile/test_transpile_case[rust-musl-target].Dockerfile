FROM rust:1-bookworm AS builder
RUN rustup target add x86_64-unknown-linux-musl
WORKDIR /build
COPY . .
RUN cargo build --release --target x86_64-unknown-linux-musl --bin tool

FROM alpine:3.20
WORKDIR /build
# files the program may read at run time (config, templates, static files)
COPY . /build/
COPY --from=builder /build/target/x86_64-unknown-linux-musl/release/tool /build/target/x86_64-unknown-linux-musl/release/tool
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["/build/target/x86_64-unknown-linux-musl/release/tool"]
