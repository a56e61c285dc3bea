# rust:1.43 names no Debian release; the image data knows it was buster (the tag was
# dropped in 2020, so a pull gets that image for good): a pinned buster runner
FROM rust:1.43
WORKDIR /app
COPY . .
RUN cargo build --release
CMD ["./target/release/app"]
