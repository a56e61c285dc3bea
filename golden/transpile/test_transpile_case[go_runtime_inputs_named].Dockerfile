# the web UI (static/) and the config (.env) are copied by name into the builder and
# read from disk at run time: they are repeated in the runner; the sources, the
# build files and the patch stay in the builder
FROM golang:1.9 AS builder
WORKDIR /go/src/github.com/example/ui
COPY docker-golang.patch /tmp/fix.patch
ADD main.go glide.yaml glide.lock ./
ADD static static
ADD .env .env
COPY cmd/ui/public /var/www
RUN go build -o /go/bin/ui . && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/ui || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stretch-scm
WORKDIR /go/src/github.com/example/ui
# files the program may read at run time (config, templates, static files)
ADD static /go/src/github.com/example/ui/static
# files the program may read at run time (config, templates, static files)
ADD .env /go/src/github.com/example/ui/.env
# files the program may read at run time (config, templates, static files)
COPY cmd/ui/public /var/www
COPY --from=builder /go/bin/ui /go/bin/ui
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
EXPOSE 8080
CMD ["/go/bin/ui"]
