# jimmycuadra/rust:1.1.0 (image data from jimmycuadra/docker-rust's tag v1.1.0, which
# builds RUST_VERSION=1.1.0): Debian jessie, whose package index the runner would need
# is gone, so the release is known and the decline says why
FROM jimmycuadra/rust:1.1.0
ADD . /star
WORKDIR /star
RUN cargo build --release
ENTRYPOINT ["target/release/star-probe"]
