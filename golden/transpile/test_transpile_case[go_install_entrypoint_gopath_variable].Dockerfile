# the shell-form ENTRYPOINT names the binary through the image's $GOPATH: the runner
# gets the same GOPATH, so the command finds the binary where `go install` put it;
# the build context copied again under $GOPATH wants the same ENV: it is written once
FROM golang:1.10-stretch AS builder
ADD . $GOPATH/src/github.com/example/gosearch
WORKDIR $GOPATH/src/github.com/example/gosearch
RUN go install github.com/example/gosearch && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/gosearch || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stretch-scm
WORKDIR /go/src/github.com/example/gosearch
# files the program may read at run time (config, templates, static files)
ADD . /go/src/github.com/example/gosearch/
COPY --from=builder /go/bin/gosearch /go/bin/gosearch
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's $GOPATH, which the command names
ENV GOPATH=/go
ENV GOSEARCH_ENV="develop"
ENTRYPOINT $GOPATH/bin/gosearch
