FROM golang:1.10-stretch AS builder
ENV APP_HOME=$GOPATH/src/github.com/acme/web
COPY . $APP_HOME
WORKDIR $APP_HOME
RUN go build -o web . && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/src/github.com/acme/web/web || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stretch-scm
WORKDIR /go/src/github.com/acme/web
# files the program may read at run time (config, templates, static files)
COPY . /go/src/github.com/acme/web/
COPY --from=builder /go/src/github.com/acme/web/web /go/src/github.com/acme/web/web
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
ENV APP_HOME=/go/src/github.com/acme/web
ENTRYPOINT ["./web"]
