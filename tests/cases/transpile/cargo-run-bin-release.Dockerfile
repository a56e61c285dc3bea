# cargo run --release --bin names the binary: built in the builder, run from target/release
FROM rust:1.85-trixie
WORKDIR /usr/src/app
COPY . .
CMD ["cargo", "run", "--release", "--bin", "api", "--", "--port", "8000"]
