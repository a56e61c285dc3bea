FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server . && go build -o /usr/local/bin/probe ./cmd/probe

FROM alpine:3.20
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /usr/local/bin/probe /usr/local/bin/probe
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
HEALTHCHECK --interval=10s CMD ["/usr/local/bin/probe", "-addr", "localhost:8080"]
CMD ["server"]
