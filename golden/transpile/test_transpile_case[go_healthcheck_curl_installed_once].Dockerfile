# the original installs curl for its HEALTHCHECK: the runner installs it once
FROM golang:1.19-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

FROM buildpack-deps:bookworm-scm
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD curl -fsS "http://127.0.0.1:${PORT:-8080}/healthz" || exit 1
CMD ["server"]
