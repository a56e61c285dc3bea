FROM rust:1-bookworm AS builder
RUN rustup target add x86_64-unknown-linux-musl
WORKDIR /build
COPY . .
RUN cargo build --release --target x86_64-unknown-linux-musl --bin tool

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /build
# files the program may read at run time (config, templates, static files)
COPY . /build/
COPY --from=builder /build/target/x86_64-unknown-linux-musl/release/tool /build/target/x86_64-unknown-linux-musl/release/tool
CMD ["/build/target/x86_64-unknown-linux-musl/release/tool"]
