FROM golang:1.21-alpine3.19 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/app .

FROM alpine:3.19
# time zones: alpine:3.19 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
ENTRYPOINT ["app"]
