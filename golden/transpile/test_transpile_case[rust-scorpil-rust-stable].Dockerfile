# scorpil/rust:stable (image data from the README tag list of Scorpil/docker-rust:
# stable/Dockerfile, Rust 1.18 installed into /usr/local on debian:jessie, WORKDIR
# /rust): the binary cargo install writes runs on the slim image of that release with
# the runtime package of the libssl-dev the build installs
FROM scorpil/rust:stable AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . .
RUN cargo install && mkdir -p /opt/dtranspile-entry && { [ ! -e /root/.cargo/bin/zou ] || cp -p /root/.cargo/bin/zou /opt/dtranspile-entry/; }

FROM debian:jessie-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libssl1.0.0 && rm -rf /var/lib/apt/lists/*
WORKDIR /rust
# files the program may read at run time (config, templates, static files)
COPY . /rust/
COPY --from=builder /opt/dtranspile-entry/ /root/.cargo/bin/
# CA certificates where OpenSSL looks for them (/usr/lib/ssl/certs)
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/root/.cargo/bin/zou"]
