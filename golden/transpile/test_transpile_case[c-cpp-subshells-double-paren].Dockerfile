FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# `((` that does not close with `))` is two subshells to every shell
RUN (( make hello || true ) && test -x hello )

# hadolint ignore=DL3006
FROM gcr.io/distroless/cc-debian12
WORKDIR /src
COPY --from=builder /src /src
CMD ["./hello"]
