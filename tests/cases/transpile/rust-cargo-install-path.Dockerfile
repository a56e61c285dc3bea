FROM rust:1.79-slim-bookworm
WORKDIR /src
COPY . .
RUN cargo install --path . --locked
CMD ["mycli", "--help"]
