FROM golang:1.19-bookworm AS builder
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/spool .
RUN useradd --system --uid 10001 spool

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
COPY --from=builder /usr/local/bin/spool /usr/local/bin/spool
# users and groups the build created
COPY --from=builder /etc/passwd /etc/group /etc/
USER spool
CMD ["/usr/local/bin/spool"]
