# `env PATH=... /bin/bash` starts an interactive shell (the env prefix only sets PATH):
# what the container is used for is unknown
FROM rust:1.75
WORKDIR /src
COPY . .
RUN cargo build --release
ENTRYPOINT env PATH=$PATH:/src/bin/ /bin/bash
