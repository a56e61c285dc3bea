# the web UI (static/) and the config (.env) are copied by name into the builder and
# read from disk at run time: they are repeated in the runner; the sources, the
# build files and the patch stay in the builder
FROM golang:1.9 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /go/src/github.com/example/ui
COPY docker-golang.patch /tmp/fix.patch
ADD main.go glide.yaml glide.lock ./
ADD static static
ADD .env .env
COPY cmd/ui/public /var/www
RUN go build -o /go/bin/ui .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /go/src/github.com/example/ui
# files the program may read at run time (config, templates, static files)
COPY cmd/ui/public /var/www
COPY --from=builder /go/bin/ui /go/bin/ui
EXPOSE 8080
CMD ["/go/bin/ui"]
