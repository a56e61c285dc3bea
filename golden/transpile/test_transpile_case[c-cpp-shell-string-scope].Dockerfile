FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# the child shell's cd ends with it: the second make runs in /src again
RUN sh -c 'cd tools && make' && make

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /src
COPY --from=builder /src /src
CMD ["./prog"]
