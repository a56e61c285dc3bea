# scorpil/rust:stable (image data from the README tag list of Scorpil/docker-rust:
# stable/Dockerfile, Rust 1.18 installed into /usr/local on debian:jessie, WORKDIR
# /rust): the binary cargo install writes runs on the slim image of that release with
# the runtime package of the libssl-dev the build installs
FROM scorpil/rust:stable
RUN apt-get update && \
    apt-get install -y --no-install-recommends pkg-config libssl-dev && \
    rm -rf /var/lib/apt/lists/*
COPY . .
RUN cargo install
ENTRYPOINT ["/root/.cargo/bin/zou"]
