FROM rust:1.79-slim-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo install --path . --locked

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/cargo/bin/mycli /usr/local/bin/mycli
CMD ["mycli", "--help"]
