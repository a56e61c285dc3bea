# an Alpine rust builder links musl: the runner is alpine of its release with libgcc, as
# before (no ELF read: the full-image libraries are a buildpack-deps matter)
FROM rust:1.80-alpine3.20
RUN apk add --no-cache musl-dev
WORKDIR /app
COPY . .
RUN cargo build --release
CMD ["/app/target/release/app"]
