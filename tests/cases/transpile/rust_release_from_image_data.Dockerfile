# rust:1.70 names no Debian release; the image data knows it was bullseye (the tag was
# dropped in 2023, so a pull gets that image for good): a pinned bullseye runner.
# (rust:1.43, buster, declines now: buster's index is gone from deb.debian.org and the
# runner would have to fetch it: decline_rust-archived-release-runner-index)
FROM rust:1.70
WORKDIR /app
COPY . .
RUN cargo build --release
CMD ["./target/release/app"]
