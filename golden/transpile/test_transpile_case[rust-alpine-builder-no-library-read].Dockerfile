# an Alpine rust builder links musl: the runner is alpine of its release with libgcc, as
# before (no ELF read: the full-image libraries are a buildpack-deps matter)
FROM rust:1.80-alpine3.20 AS builder
RUN apk add --no-cache musl-dev
WORKDIR /app
COPY . .
RUN cargo build --release && mkdir -p /opt/dtranspile-entry && { [ ! -e /app/target/release/app ] || cp -p /app/target/release/app /opt/dtranspile-entry/; }

FROM alpine:3.20
# runtime libraries the binary links against
# hadolint ignore=DL3018
RUN apk add --no-cache libgcc
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /opt/dtranspile-entry/ /app/target/release/
CMD ["/app/target/release/app"]
