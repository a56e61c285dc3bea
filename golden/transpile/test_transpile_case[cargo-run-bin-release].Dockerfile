# cargo run --release --bin names the binary: built in the builder, run from target/release
FROM rust:1.85-trixie AS builder
WORKDIR /usr/src/app
COPY . .
# CMD ran `cargo run --release --bin api -- --port 8000`, which compiles at every start: compiled here instead
RUN cargo build --release --bin api

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian13
WORKDIR /usr/src/app
# files the program may read at run time (config, templates, static files)
COPY . /usr/src/app/
COPY --from=builder /usr/src/app/target/release/api /usr/src/app/target/release/api
CMD ["/usr/src/app/target/release/api", "--port", "8000"]
