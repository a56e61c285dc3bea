# the binary is moved out of target/ and `cargo clean` removes target/: the libraries are
# read from where the runner copies it (/app/bin/server), after the whole RUN
FROM rust:1.80-bookworm
WORKDIR /app
COPY . .
RUN cargo build --release --bin server && \
    mkdir -p /app/bin && \
    mv /app/target/release/server /app/bin/server && \
    cargo clean
EXPOSE 3000
CMD ["/app/bin/server"]
