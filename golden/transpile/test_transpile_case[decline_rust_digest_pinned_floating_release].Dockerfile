# rust:1 pinned by a digest: the binary links the digest's glibc, whose Debian release
# the image data does not show (the tag's today is not the digest's), and
# debian:stable-slim would move alone: no runner of the same release is known
FROM rust:1@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e
WORKDIR /src
COPY . .
RUN cargo build --release
CMD ["/src/target/release/app"]
