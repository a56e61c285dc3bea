# `go install github.com/hpcloud/tail` names a library package (package tail): it writes
# no binary, so the runner may copy /go/bin/tail only where the build wrote it
# (corpus 9d0fdfc1, 586d5c2f: a COPY --from=builder /go/bin/tail failed the build)
FROM golang:1.10 AS builder
RUN mkdir -p $GOPATH/src/github.com/hpcloud/tail/
ADD . $GOPATH/src/github.com/hpcloud/tail/
RUN go get -v github.com/hpcloud/tail
RUN go install -v github.com/hpcloud/tail
RUN go install -v github.com/hpcloud/tail/cmd/gotail && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/tail || true; ldd /go/bin/gotail || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs && mkdir -p /opt/dtranspile-optional-outputs && { [ ! -e /go/bin/tail ] || { mkdir -p /opt/dtranspile-optional-outputs/go/bin && cp -p /go/bin/tail /opt/dtranspile-optional-outputs/go/bin/; }; }

FROM buildpack-deps:stretch-scm
WORKDIR /go
# files the program may read at run time (config, templates, static files)
ADD . /go/src/github.com/hpcloud/tail/
COPY --from=builder /go/bin/gotail /usr/local/bin/gotail
COPY --from=builder /opt/dtranspile-private-libraries /
COPY --from=builder /opt/dtranspile-optional-outputs /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD ["gotail"]
