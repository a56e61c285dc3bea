# `go get github.com/mattn/go-sqlite3` shows the program uses a module that compiles to a
# failing stub without cgo: the floating golang:latest keeps cgo and gets the glibc
# runner that floats with it, instead of a static build whose sqlite fails at run time
# (corpus 51dc13ae)
FROM golang:latest AS builder
RUN go get github.com/labstack/echo \
    && go get github.com/mattn/go-sqlite3
ADD . $GOPATH/src/github.com/example/app
WORKDIR $GOPATH/src/github.com/example/app
RUN go build -o /usr/local/bin/app . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stable-scm
# time zones: buildpack-deps:stable-scm has no zoneinfo
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/github.com/example/app
# files the program may read at run time (config, templates, static files)
ADD . /go/src/github.com/example/app/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD ["app"]
