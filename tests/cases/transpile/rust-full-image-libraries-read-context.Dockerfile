# with the build context: Cargo.toml names the binary (api), whose libraries are read in
# the builder; Cargo.lock (diesel -> pq-sys) cannot say which system libraries it links
# (no features recorded, build scripts unseen), so the read is the same as without it
FROM rust:1.80-bookworm
WORKDIR /usr/src/api
COPY . .
RUN cargo build --release --locked
EXPOSE 8080
CMD ["./target/release/api"]
