# cargo run starts the binary Cargo.toml names; without the build context nothing shows it
FROM rust:1.85-trixie
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release
CMD cargo run --release
