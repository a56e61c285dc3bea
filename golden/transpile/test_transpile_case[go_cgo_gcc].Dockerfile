FROM golang:1.22-bookworm AS builder
# mattn/go-sqlite3 needs cgo
RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
ENV CGO_ENABLED=1
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/store .

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/store /usr/local/bin/store
CMD ["store"]
