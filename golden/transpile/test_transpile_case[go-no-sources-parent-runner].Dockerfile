# go install of a remote package: no Go source is read (the build context holds none), so
# which programs the binary starts (os/exec) is not known; the runner is the image
# golang:1.22-bookworm is built on, buildpack-deps:bookworm-scm, which has every program
# of the builder (git, ssh, curl ...) but the Go toolchain and the C compilers
FROM golang:1.22-bookworm AS builder
RUN go install github.com/alash3al/scrapyd-go@v1.0.0 && mkdir -p /opt/dtranspile-private-libraries && { ldd /go/bin/scrapyd-go || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /go
COPY --from=builder /go/bin/scrapyd-go /usr/local/bin/scrapyd-go
COPY --from=builder /opt/dtranspile-private-libraries /
ENTRYPOINT ["scrapyd-go"]
