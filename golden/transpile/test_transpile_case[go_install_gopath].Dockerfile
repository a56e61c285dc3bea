FROM golang:1.12-stretch AS builder
COPY . /go/src/github.com/acme/tool
WORKDIR /go/src/github.com/acme/tool
RUN go install -v ./cmd/tool && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/tool || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stretch-scm
WORKDIR /go/src/github.com/acme/tool
# files the program may read at run time (config, templates, static files)
COPY . /go/src/github.com/acme/tool/
COPY --from=builder /go/bin/tool /usr/local/bin/tool
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
ENTRYPOINT ["tool"]
CMD ["--help"]
