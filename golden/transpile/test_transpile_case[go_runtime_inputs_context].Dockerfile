# the program reads conf/app.conf relative to its working directory; COPY . . brought
# it into the builder only: the runner copies the context directory again (the build
# context, given here, holds more than sources)
FROM golang:1.22-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /app
COPY . .
RUN go build -o server .

FROM alpine:3.21
# time zones: alpine:3.21 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/server /app/server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["./server", "-config", "conf/app.conf"]
