# rust:1.32 is Debian stretch: its runner debian:stretch-slim must install the libraries
# the binary links (libpq from diesel) with apt-get update, and stretch's index is gone
# from deb.debian.org (HTTP 404), while the original fetches none and builds (87614fa9).
FROM rust:1.32
WORKDIR /usr/src/finch
COPY . .
RUN cargo install diesel_cli --no-default-features --features postgres
RUN cargo install --path .
EXPOSE 8000
CMD ["finch"]
