FROM rust:1-slim-bookworm AS builder
WORKDIR /ws
COPY . .
RUN cargo build --release -p gateway

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /ws/target/release
# files the program may read at run time (config, templates, static files)
COPY . /ws/
COPY --from=builder /ws/target/release/gateway /ws/target/release/gateway
CMD ["./gateway"]
