FROM rust:1.79-slim-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo install --path . --locked

FROM debian:bookworm-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/cargo/bin/mycli /usr/local/bin/mycli
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["mycli", "--help"]
