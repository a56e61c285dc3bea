# A GOPATH-era Go service runs in its own source folder and reads config/ relative to it:
# the named copy into the final WORKDIR under /go/src is repeated in the runner
FROM golang:1.10 AS builder
WORKDIR /go/src/github.com/acme/app
COPY cmd ./cmd
COPY config ./config
RUN go install github.com/acme/app/cmd/app && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/app || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:stretch-scm
WORKDIR /go/src/github.com/acme/app
# files the program may read at run time (config, templates, static files)
COPY config /go/src/github.com/acme/app/config
COPY --from=builder /go/bin/app /go/bin/app
COPY --from=builder /opt/dtranspile-private-libraries /
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
ENTRYPOINT ["/go/bin/app"]
CMD ["serve"]
