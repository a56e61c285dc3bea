FROM rust:1.79-slim-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo install --path . --locked && mkdir -p /opt/dtranspile-entry && { [ ! -e /usr/local/cargo/bin/mycli ] || cp -p /usr/local/cargo/bin/mycli /opt/dtranspile-entry/; }

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/dtranspile-entry/ /usr/local/bin/
CMD ["mycli", "--help"]
