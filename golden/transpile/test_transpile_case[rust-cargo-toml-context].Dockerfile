# cargo install names the binary after the package: Cargo.toml in the build context says which
FROM rust:1.79-bookworm AS builder
WORKDIR /usr/src/hello
COPY . .
RUN cargo install --locked --path .

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /usr/src/hello
COPY --from=builder /usr/local/cargo/bin/hello-server /usr/local/bin/hello-server
EXPOSE 8080
CMD ["hello-server"]
