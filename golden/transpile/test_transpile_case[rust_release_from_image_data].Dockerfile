# rust:1.43 names no Debian release; the image data knows it was buster (the tag was
# dropped in 2020, so a pull gets that image for good): a pinned buster runner
FROM rust:1.43 AS builder
WORKDIR /app
COPY . .
RUN cargo build --release

FROM debian:buster-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libssl1.1 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/release/app /app/target/release/app
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["./target/release/app"]
