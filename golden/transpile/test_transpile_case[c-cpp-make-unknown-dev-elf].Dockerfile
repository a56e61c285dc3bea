# libpthreadpool-dev has no known runtime package (the generated package data leaves it
# open: its library package libpthreadpool0 is filed in Section libdevel) and make names
# no binary: the builder reads the libraries of the executables make wrote in /src with ldd
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpthreadpool-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && mkdir -p /usr/local/share/dtranspile && : > /tmp/dtranspile-ldd.files && { test ! -d /src || find /src -maxdepth 1 -type f -perm -u+x >> /tmp/dtranspile-ldd.files; } && { xargs -r -d '\n' ldd < /tmp/dtranspile-ldd.files > /tmp/dtranspile-ldd 2>/dev/null || true; } && awk '$2 == "=>" && $3 ~ /^\// { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && { dpkg -L libpthreadpool-dev > /tmp/dtranspile-ldd.dev 2>/dev/null || true; } && sed -n '/[.]so$/p' /tmp/dtranspile-ldd.dev > /tmp/dtranspile-ldd.devso && xargs -r -d '\n' -n1 readlink -f < /tmp/dtranspile-ldd.devso >> /tmp/dtranspile-ldd.libs && sort -u -o /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.libs && cp /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.need && sed 's|^/usr/|/|; s|^/|*|' /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.patterns && { xargs -r -d '\n' dpkg-query --search < /tmp/dtranspile-ldd.patterns > /tmp/dtranspile-ldd.owners 2>/dev/null || true; } && sed 's|[:,].*||' /tmp/dtranspile-ldd.owners > /usr/local/share/dtranspile/runtime-packages && sort -u -o /usr/local/share/dtranspile/runtime-packages /usr/local/share/dtranspile/runtime-packages && sed 's|^.*: /|/|; s|^/usr/|/|' /tmp/dtranspile-ldd.owners > /tmp/dtranspile-ldd.owned && awk 'NR == FNR { owned[$0] = 1; next } { key = $0; sub("^/usr/", "/", key); if (!(key in owned)) print }' /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.unowned && cp /tmp/dtranspile-ldd.unowned /tmp/dtranspile-ldd.elsewhere && { test ! -s /tmp/dtranspile-ldd.elsewhere || { echo 'dtranspile: libraries owned by no package:' >&2; cat /tmp/dtranspile-ldd.elsewhere >&2; exit 1; }; } && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.files /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.found /tmp/dtranspile-ldd.staged /tmp/dtranspile-ldd.need /tmp/dtranspile-ldd.patterns /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.unowned /tmp/dtranspile-ldd.elsewhere /tmp/dtranspile-ldd.dev /tmp/dtranspile-ldd.devso

FROM debian:bookworm-slim
COPY --from=builder /usr/local/share/dtranspile/runtime-packages /tmp/runtime-packages
# runtime libraries the binary links against, as the builder found them
# hadolint ignore=DL3008
RUN apt-get update && xargs -r apt-get install -y --no-install-recommends < /tmp/runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/runtime-packages
WORKDIR /src
COPY --from=builder /src /src
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["./vision"]
