FROM rust:1-bookworm
RUN rustup target add x86_64-unknown-linux-musl
WORKDIR /build
COPY . .
RUN cargo build --release --target x86_64-unknown-linux-musl --bin tool
CMD ["/build/target/x86_64-unknown-linux-musl/release/tool"]
