# a shell-form CMD over continuation lines (odd blanks, a trailing blank) and a LABEL in
# the legacy `key value` form: the formatted output reads the same to BuildKit and the
# shell, and the final image keeps both
FROM rust:1.79-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /src/target/release/scrobbler /src/target/release/scrobbler
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
LABEL maintainer="Jane Doe <jane@example.com>"
CMD "./target/release/scrobbler" "--user" "${SCROBBLE_USER}" \
    "--password" "${SCROBBLE_PASSWORD}"
