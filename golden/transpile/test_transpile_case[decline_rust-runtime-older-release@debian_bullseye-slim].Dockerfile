# --runtime debian:bullseye-slim for a bookworm build: the binary is linked against
# bookworm's glibc (GLIBC_2.34+ symbols) and libraries, which bullseye's are older than
FROM rust:1.80-bookworm
WORKDIR /src
COPY . .
RUN cargo build --release
CMD ["/src/target/release/app"]
