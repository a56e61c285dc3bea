FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# a loop over literal words runs its body once per word: read as the unrolled sequence
RUN for dir in lib server; do make -C "$dir"; done

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/server /app/server
CMD ["/app/server/server"]
