# rustup's +toolchain before `run` picks the compiler the build would need too: the
# command is not rewritten, and the toolchain at run time declines
FROM rust:1.85-trixie
WORKDIR /usr/src/app
COPY . .
CMD ["cargo", "+nightly", "run", "--release", "--bin", "api"]
