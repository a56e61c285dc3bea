FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# the subshell's cd scopes the build to /app/src; -j$(nproc) only reads the CPU count
RUN mkdir -p out && (cd src && make -j"$(nproc)")
CMD ["/app/src/server"]
