FROM rust:1-slim-bookworm AS builder
WORKDIR /ws
COPY . .
RUN cargo build --release -p gateway

FROM debian:bookworm-slim
WORKDIR /ws/target/release
# files the program may read at run time (config, templates, static files)
COPY . /ws/
COPY --from=builder /ws/target/release/gateway /ws/target/release/gateway
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["./gateway"]
