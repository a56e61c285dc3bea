# the sources import "C": the build context shows cgo, so it is kept (distroless base)
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["app"]
