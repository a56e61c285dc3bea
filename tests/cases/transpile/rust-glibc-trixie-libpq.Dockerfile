# rust:1 is Debian trixie: the runner must be trixie too (GLIBC_2.xx), with libpq5
FROM rust:1
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release --locked
EXPOSE 8000
CMD ["./target/release/server"]
