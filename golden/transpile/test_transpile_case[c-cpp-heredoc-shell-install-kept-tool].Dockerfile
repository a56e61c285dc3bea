FROM debian:bookworm AS builder
RUN bash -e <<EOT
apt-get update
apt-get install -y --no-install-recommends gcc make libc6-dev curl
EOT
WORKDIR /src
COPY . .
RUN make

FROM debian:bookworm-slim
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /src /src
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["./prog"]
