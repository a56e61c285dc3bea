# cargo install names the binary after the package: Cargo.toml in the build context says which
FROM rust:1.79-bookworm
WORKDIR /usr/src/hello
COPY . .
RUN cargo install --locked --path .
EXPOSE 8080
CMD ["hello-server"]
