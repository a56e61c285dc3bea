FROM rust:1-slim-bookworm
WORKDIR /ws
COPY . .
RUN cargo build --release -p gateway
WORKDIR /ws/target/release
CMD ["./gateway"]
