FROM golang:1.22-bookworm AS builder
# mattn/go-sqlite3 needs cgo
RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
ENV CGO_ENABLED=1
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/store .

FROM debian:bookworm-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/store /usr/local/bin/store
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["store"]
