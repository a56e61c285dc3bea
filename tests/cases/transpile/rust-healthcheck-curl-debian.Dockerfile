FROM rust:1-bookworm
WORKDIR /app
COPY . .
RUN cargo build --release --bin api
EXPOSE 3000
HEALTHCHECK --interval=15s CMD ["curl", "-f", "http://localhost:3000/health"]
CMD ["/app/target/release/api"]
