# cargo's global options before the subcommand (`cargo --locked -q build`): the same
# build as `cargo build --locked -q`
FROM rust:1.75-bookworm
WORKDIR /src
COPY . .
RUN cargo --locked -q build --release --bin app
CMD ["/src/target/release/app"]
