FROM rust:1-slim-bookworm AS builder
WORKDIR /ws
COPY . .
RUN cargo build --release -p gateway && mkdir -p /opt/dtranspile-entry && { [ ! -e /ws/target/release/gateway ] || cp -p /ws/target/release/gateway /opt/dtranspile-entry/; }

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /ws/target/release
# files the program may read at run time (config, templates, static files)
COPY . /ws/
COPY --from=builder /opt/dtranspile-entry/ /ws/target/release/
CMD ["./gateway"]
