# golang's PATH searches /go/bin before /usr/local/bin, but this Makefile is the one
# ./configure wrote: its install target writes the prefix configure set (/usr/local),
# not GOPATH/bin, so what the install adds to the image's own /usr/local is staged
FROM golang:1.22-bookworm AS builder
# what the build writes into the image's own /usr/local is newer than this file (staged for the runner after the build)
RUN touch /tmp/dtranspile-stage.marker
RUN apt-get update && apt-get install -y --no-install-recommends libjansson-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/tool
COPY . .
RUN ./configure && make && make install && mkdir -p /tmp/dtranspile-stage && find /usr/local -cnewer /tmp/dtranspile-stage.marker > /tmp/dtranspile-stage.list && tar -cf /tmp/dtranspile-stage.tar --no-recursion -T /tmp/dtranspile-stage.list 2>/dev/null && tar -xf /tmp/dtranspile-stage.tar -C /tmp/dtranspile-stage && rm /tmp/dtranspile-stage.tar /tmp/dtranspile-stage.list && { test -d /tmp/dtranspile-stage/usr/local || { echo 'dtranspile: the build installed nothing into /usr/local' >&2; exit 1; }; } && mkdir -p /usr/local/share/dtranspile /tmp/dtranspile-libraries/etc/ld.so.conf.d && : > /tmp/dtranspile-ldd.files && { test ! -d /usr/src/tool || find /usr/src/tool -maxdepth 1 -type f -perm -u+x >> /tmp/dtranspile-ldd.files; } && find /tmp/dtranspile-stage -type f \( -perm -u+x -o -name '*.so*' \) >> /tmp/dtranspile-ldd.files && { xargs -r -d '\n' ldd < /tmp/dtranspile-ldd.files > /tmp/dtranspile-ldd 2>/dev/null || true; } && awk '$2 == "=>" && $3 ~ /^\// { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && sort -u -o /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.libs && find /tmp/dtranspile-stage -mindepth 1 > /tmp/dtranspile-ldd.found && cut -c22- /tmp/dtranspile-ldd.found > /tmp/dtranspile-ldd.staged && sort -u -o /tmp/dtranspile-ldd.staged /tmp/dtranspile-ldd.staged && comm -23 /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.staged > /tmp/dtranspile-ldd.need && sed 's|^/usr/|/|; s|^/|*|' /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.patterns && { xargs -r -d '\n' dpkg-query --search < /tmp/dtranspile-ldd.patterns > /tmp/dtranspile-ldd.owners 2>/dev/null || true; } && sed 's|[:,].*||' /tmp/dtranspile-ldd.owners > /usr/local/share/dtranspile/runtime-packages && sort -u -o /usr/local/share/dtranspile/runtime-packages /usr/local/share/dtranspile/runtime-packages && sed 's|^.*: /|/|; s|^/usr/|/|' /tmp/dtranspile-ldd.owners > /tmp/dtranspile-ldd.owned && awk 'NR == FNR { owned[$0] = 1; next } { key = $0; sub("^/usr/", "/", key); if (!(key in owned)) print }' /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.unowned && grep -v -e '^/usr/local/' -e '^/opt/' /tmp/dtranspile-ldd.unowned > /tmp/dtranspile-ldd.elsewhere || true && { test ! -s /tmp/dtranspile-ldd.elsewhere || { echo 'dtranspile: libraries owned by no package outside /usr/local and /opt:' >&2; cat /tmp/dtranspile-ldd.elsewhere >&2; exit 1; }; } && xargs -r -d '\n' cp -L --parents -t /tmp/dtranspile-libraries < /tmp/dtranspile-ldd.unowned && sed 's|/[^/]*$||' /tmp/dtranspile-ldd.unowned > /tmp/dtranspile-libraries/etc/ld.so.conf.d/000-dtranspile-local.conf && sort -u -o /tmp/dtranspile-libraries/etc/ld.so.conf.d/000-dtranspile-local.conf /tmp/dtranspile-libraries/etc/ld.so.conf.d/000-dtranspile-local.conf && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.files /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.found /tmp/dtranspile-ldd.staged /tmp/dtranspile-ldd.need /tmp/dtranspile-ldd.patterns /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.unowned /tmp/dtranspile-ldd.elsewhere && { test ! -e /tmp/dtranspile-stage/usr/local/go/bin/tool || { echo 'dtranspile: the build installed tool into /usr/local/go/bin: the PATH of golang:1.22-bookworm searches it, the PATH of the runner does not' >&2; exit 1; }; } && { test -x /tmp/dtranspile-stage/usr/local/go/bin/tool || test -x /tmp/dtranspile-stage/usr/local/sbin/tool || test -x /tmp/dtranspile-stage/usr/local/bin/tool || { echo 'dtranspile: tool is not among what the build installed into /usr/local (a program golang:1.22-bookworm keeps there, which the runner lacks)' >&2; exit 1; }; }

FROM debian:bookworm-slim
COPY --from=builder /usr/local/share/dtranspile/runtime-packages /tmp/runtime-packages
# runtime libraries the binary links against, as the builder found them
# hadolint ignore=DL3008
RUN apt-get update && xargs -r apt-get install -y --no-install-recommends < /tmp/runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/runtime-packages
WORKDIR /usr/src/tool
# files the program may read at run time (config, templates, static files)
COPY . /usr/src/tool/
COPY --from=builder /tmp/dtranspile-stage/usr/local /usr/local
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=builder /tmp/dtranspile-libraries/ /
# libraries no package owns (copied above) and those the install staged, in the loader's cache
RUN ldconfig
ENTRYPOINT ["tool", "daemon"]
