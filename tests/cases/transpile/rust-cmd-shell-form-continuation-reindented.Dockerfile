# a shell-form CMD over continuation lines (odd blanks, a trailing blank) and a LABEL in
# the legacy `key value` form: the formatted output reads the same to BuildKit and the
# shell, and the final image keeps both
FROM rust:1.79-bookworm
LABEL maintainer Jane Doe <jane@example.com>
WORKDIR /src
COPY . .
RUN cargo build --release
CMD   "./target/release/scrobbler" "--user" "${SCROBBLE_USER}" \
      "--password" "${SCROBBLE_PASSWORD}" 
