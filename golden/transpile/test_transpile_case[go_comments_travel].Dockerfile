# syntax=docker/dockerfile:1
# Build and run the API.
FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0

# where the sources live
WORKDIR /go/src/app

# the sources
COPY . .

# compile
RUN go build -o /go/bin/api .

FROM alpine:3.20
WORKDIR /go/src/app
# files the program may read at run time (config, templates, static files)
COPY . /go/src/app/
COPY --from=builder /go/bin/api /go/bin/api
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt

# document the port
EXPOSE 3000

# run it
ENTRYPOINT ["/go/bin/api"]
