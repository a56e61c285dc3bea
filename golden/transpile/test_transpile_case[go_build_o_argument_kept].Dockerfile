# a build argument chooses where -o writes: the runner copies that file through the same
# argument (declared there), so --build-arg moves the builder and the runner alike
FROM golang:1.22-alpine AS builder
ARG version=0.2.2
ARG dist=/goup_${version}
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o ${dist}/goup -ldflags "-X main.VERSION=${version}" .
RUN cp ${dist}/goup /usr/local/bin/goup

FROM alpine:3.21
# time zones: alpine:3.21 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/goup /usr/local/bin/goup
ARG version=0.2.2
ARG dist=/goup_${version}
COPY --from=builder ${dist}/goup ${dist}/goup
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["goup", "-dir", "/data"]
