# a sed -i of a source file the build then compiles in its directory is the build's:
# nothing of it is carried to the runner
FROM gcc:12 AS builder
RUN curl -fsSL https://example.com/tool-1.0.tgz | tar -xz -C /usr/src
RUN sed -i "s/-O2/-O3/" /usr/src/tool-1.0/Makefile
RUN cd /usr/src/tool-1.0 && make && cp tool /usr/local/bin/tool && mkdir -p /usr/local/share/dtranspile /tmp/dtranspile-libraries/etc/ld.so.conf.d && printf '%s\n' /usr/local/bin/tool > /tmp/dtranspile-ldd.files && { test ! -d /usr/src/tool-1.0 || find /usr/src/tool-1.0 -maxdepth 1 -type f -perm -u+x >> /tmp/dtranspile-ldd.files; } && { xargs -r -d '\n' ldd < /tmp/dtranspile-ldd.files > /tmp/dtranspile-ldd 2>/dev/null || true; } && awk '$2 == "=>" && $3 ~ /^\// { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && sort -u -o /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.libs && cp /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.need && sed 's|^/usr/|/|; s|^/|*|' /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.patterns && { xargs -r -d '\n' dpkg-query --search < /tmp/dtranspile-ldd.patterns > /tmp/dtranspile-ldd.owners 2>/dev/null || true; } && sed 's|[:,].*||' /tmp/dtranspile-ldd.owners > /usr/local/share/dtranspile/runtime-packages && sort -u -o /usr/local/share/dtranspile/runtime-packages /usr/local/share/dtranspile/runtime-packages && sed 's|^.*: /|/|; s|^/usr/|/|' /tmp/dtranspile-ldd.owners > /tmp/dtranspile-ldd.owned && awk 'NR == FNR { owned[$0] = 1; next } { key = $0; sub("^/usr/", "/", key); if (!(key in owned)) print }' /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.unowned && grep -v -e '^/usr/local/' -e '^/opt/' /tmp/dtranspile-ldd.unowned > /tmp/dtranspile-ldd.elsewhere || true && { test ! -s /tmp/dtranspile-ldd.elsewhere || { echo 'dtranspile: libraries owned by no package outside /usr/local and /opt:' >&2; cat /tmp/dtranspile-ldd.elsewhere >&2; exit 1; }; } && xargs -r -d '\n' cp -L --parents -t /tmp/dtranspile-libraries < /tmp/dtranspile-ldd.unowned && sed 's|/[^/]*$||' /tmp/dtranspile-ldd.unowned > /tmp/dtranspile-libraries/etc/ld.so.conf.d/000-dtranspile-local.conf && sort -u -o /tmp/dtranspile-libraries/etc/ld.so.conf.d/000-dtranspile-local.conf /tmp/dtranspile-libraries/etc/ld.so.conf.d/000-dtranspile-local.conf && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.files /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.found /tmp/dtranspile-ldd.staged /tmp/dtranspile-ldd.need /tmp/dtranspile-ldd.patterns /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.unowned /tmp/dtranspile-ldd.elsewhere

FROM debian:bookworm-slim
COPY --from=builder /usr/local/share/dtranspile/runtime-packages /tmp/runtime-packages
# runtime libraries the binary links against, as the builder found them
# hadolint ignore=DL3008
RUN apt-get update && xargs -r apt-get install -y --no-install-recommends < /tmp/runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/runtime-packages
COPY --from=builder /usr/local/bin/tool /usr/local/bin/tool
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=builder /tmp/dtranspile-libraries/ /
# libraries no package owns (copied above) and those the install staged, in the loader's cache
RUN ldconfig
CMD ["tool"]
