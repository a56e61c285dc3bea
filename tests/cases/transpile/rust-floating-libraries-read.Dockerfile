# rust:latest floats: the libraries are read in the builder and the runner floats with it
# (debian:stable-slim), not a pinned release whose glibc may be older than the builder's
FROM rust:latest
WORKDIR /app
COPY . .
RUN cargo build --release
CMD ["/app/target/release/server"]
