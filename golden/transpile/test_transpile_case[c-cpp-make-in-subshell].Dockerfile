FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# the subshell's cd scopes the build to /app/src; -j$(nproc) only reads the CPU count
RUN mkdir -p out && (cd src && make -j"$(nproc)")

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/src /app/src
CMD ["/app/src/server"]
