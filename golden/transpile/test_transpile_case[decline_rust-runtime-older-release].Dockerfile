# --runtime debian:bullseye-slim for a bookworm build: the binary is linked against
# bookworm's glibc (GLIBC_2.34+ symbols) and libraries, which bullseye's are older than
FROM rust:1.80-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo build --release && mkdir -p /usr/local/share/dtranspile && printf '%s\n' /src/target/release/app > /tmp/dtranspile-ldd.files && { xargs -r -d '\n' ldd < /tmp/dtranspile-ldd.files > /tmp/dtranspile-ldd 2>/dev/null || true; } && awk '$2 == "=>" && $3 ~ /^\// { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && sort -u -o /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.libs && cp /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.need && sed 's|^/usr/|/|; s|^/|*|' /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.patterns && { xargs -r -d '\n' dpkg-query --search < /tmp/dtranspile-ldd.patterns > /tmp/dtranspile-ldd.owners 2>/dev/null || true; } && sed 's|[:,].*||' /tmp/dtranspile-ldd.owners > /usr/local/share/dtranspile/runtime-packages && sort -u -o /usr/local/share/dtranspile/runtime-packages /usr/local/share/dtranspile/runtime-packages && sed 's|^.*: /|/|; s|^/usr/|/|' /tmp/dtranspile-ldd.owners > /tmp/dtranspile-ldd.owned && awk 'NR == FNR { owned[$0] = 1; next } { key = $0; sub("^/usr/", "/", key); if (!(key in owned)) print }' /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.unowned && cp /tmp/dtranspile-ldd.unowned /tmp/dtranspile-ldd.elsewhere && { test ! -s /tmp/dtranspile-ldd.elsewhere || { echo 'dtranspile: libraries owned by no package:' >&2; cat /tmp/dtranspile-ldd.elsewhere >&2; exit 1; }; } && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.files /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.found /tmp/dtranspile-ldd.staged /tmp/dtranspile-ldd.need /tmp/dtranspile-ldd.patterns /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.unowned /tmp/dtranspile-ldd.elsewhere && mkdir -p /opt/dtranspile-entry && { [ ! -e /src/target/release/app ] || cp -p /src/target/release/app /opt/dtranspile-entry/; }

FROM debian:bookworm-slim
COPY --from=builder /usr/local/share/dtranspile/runtime-packages /tmp/runtime-packages
# runtime libraries the binary links against, as the builder found them
# hadolint ignore=DL3008
RUN apt-get update && xargs -r apt-get install -y --no-install-recommends < /tmp/runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/runtime-packages
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/dtranspile-entry/ /src/target/release/
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["/src/target/release/app"]
