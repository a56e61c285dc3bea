FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ENV GOBIN=/usr/local/bin
WORKDIR /src
COPY . .
RUN go install ./cmd/api

FROM alpine:3.20
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/api /usr/local/bin/api
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
EXPOSE 9000
CMD ["api"]
