# rust:latest follows Debian stable: the runner floats with it
FROM rust:latest
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends libsqlite3-dev && rm -rf /var/lib/apt/lists/*
RUN cargo build --release
CMD ["/app/target/release/app"]
