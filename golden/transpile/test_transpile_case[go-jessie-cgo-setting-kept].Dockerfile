# golang:1.8 is Debian jessie, which has no distroless image; nothing shows whether the
# program uses cgo (a sourced setup.sh, no build context), so the original's setting is
# kept and the runner is jessie's -slim image, whose glibc is the builder's: it runs
# either way (CGO_ENABLED=0 would make mattn/go-sqlite3 a failing stub)
FROM golang:1.8 AS builder
ADD ./ /go/
RUN . /go/setup.sh && go install skel && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/skel || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM debian:jessie-slim
WORKDIR /go
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /go /go
COPY --from=builder /go/bin/skel /go/bin/skel
COPY --from=builder /opt/dtranspile-private-libraries /
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
ENTRYPOINT ["/go/bin/skel", "-router", "echo"]
EXPOSE 8080
