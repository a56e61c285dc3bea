# go.mod requires mattn/go-sqlite3, whose no-cgo build is a stub failing at run time
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["app"]
