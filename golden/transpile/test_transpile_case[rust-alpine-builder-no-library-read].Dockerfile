# an Alpine rust builder links musl: the runner is alpine of its release with libgcc, as
# before (no ELF read: the full-image libraries are a buildpack-deps matter)
FROM rust:1.80-alpine3.20 AS builder
RUN apk add --no-cache musl-dev
WORKDIR /app
COPY . .
RUN cargo build --release

FROM alpine:3.20
# runtime libraries the binary links against
# hadolint ignore=DL3018
RUN apk add --no-cache libgcc
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/release/app /app/target/release/app
CMD ["/app/target/release/app"]
