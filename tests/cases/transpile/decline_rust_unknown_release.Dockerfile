FROM rust:1.43
WORKDIR /app
COPY . .
RUN cargo build --release
CMD ["./target/release/app"]
