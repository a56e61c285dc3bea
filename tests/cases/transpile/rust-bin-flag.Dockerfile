FROM rust:1.80-bookworm
WORKDIR /app
COPY . .
RUN cargo build --release --bin api
ENV RUST_LOG=info
ENTRYPOINT ["/app/target/release/api"]
