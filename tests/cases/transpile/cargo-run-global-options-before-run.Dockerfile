# cargo's global options before `run` (`cargo --locked -q run`) are the run's own: built
# in the builder with them, run from target/release
FROM rust:1.85-trixie
WORKDIR /usr/src/app
COPY . .
CMD ["cargo", "--locked", "-q", "run", "--release", "--bin", "api", "--", "--port", "8000"]
