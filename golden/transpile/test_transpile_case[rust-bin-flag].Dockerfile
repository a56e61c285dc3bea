FROM rust:1.80-bookworm AS builder
WORKDIR /app
COPY . .
RUN cargo build --release --bin api

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/target/release/api /app/target/release/api
ENV RUST_LOG=info
ENTRYPOINT ["/app/target/release/api"]
