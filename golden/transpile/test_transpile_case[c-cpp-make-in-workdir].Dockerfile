FROM debian:bullseye AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libffi-dev libjpeg-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN make

FROM debian:bullseye-slim
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends libffi7 libjpeg62-turbo && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["./imgsrv"]
