# the full rust image carries libpq-dev, libsqlite3-dev, libxml2-dev ... besides libssl-dev:
# a crate (diesel, rusqlite) links them without the Dockerfile showing it, so the binary's
# libraries are read in the builder (ELF NEEDED) and their packages installed in the runner
FROM rust:1.75-bookworm
WORKDIR /app
COPY . .
RUN cargo build --release
CMD ["/app/target/release/server"]
