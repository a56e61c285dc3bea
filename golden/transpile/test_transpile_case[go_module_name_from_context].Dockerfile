FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
COPY --from=builder /src/api /src/api
EXPOSE 8080
CMD ["./api"]
