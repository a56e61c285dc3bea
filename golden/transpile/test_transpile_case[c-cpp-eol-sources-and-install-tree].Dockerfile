# ubuntu:precise, end of life: the build points apt at its own archive (the runner gets
# the builder's /etc/apt for its installs) and installs into /usr/local, which the
# runner copies whole: the builder reads the libraries of every executable and shared
# object there too (those inside /usr/local come with the copy); wget stays: whether
# the program runs it is not known, and keeping it works either way
FROM ubuntu:precise AS builder
RUN echo "deb http://old-releases.ubuntu.com/ubuntu precise main universe" > /etc/apt/sources.list
RUN apt-get update
RUN apt-get -y install build-essential wget openssl libssl-dev
RUN wget -O - https://www.stunnel.org/archive/4.x/stunnel-4.56.tar.gz | tar -C /usr/local/src -zx
RUN cd /usr/local/src/stunnel-4.56 && ./configure && make && make install && mkdir -p /usr/local/share/dtranspile && : > /tmp/dtranspile-ldd.files && { test ! -d /usr/local/src/stunnel-4.56 || find /usr/local/src/stunnel-4.56 -maxdepth 1 -type f -perm -u+x >> /tmp/dtranspile-ldd.files; } && find /usr/local -type f \( -perm -u+x -o -name '*.so*' \) >> /tmp/dtranspile-ldd.files && { xargs -r -d '\n' ldd < /tmp/dtranspile-ldd.files > /tmp/dtranspile-ldd 2>/dev/null || true; } && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/usr\/local\// { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && dpkg-query -W -f '${Package}\t${Status}\t${Source}\t${Pre-Depends}, ${Depends}\n' > /tmp/dtranspile-ldd.dev.db && printf '%s\n' libssl-dev > /tmp/dtranspile-ldd.dev.roots && awk 'BEGIN { FS = "\t" } FILENAME == ARGV[1] { q[++n] = $1; next } $2 ~ / installed$/ { s = $3; sub(/ .*/, "", s); if (s == "") s = $1; if (s !~ /^(gcc-[0-9]+([.][0-9]+)?|gcc-defaults|glibc|eglibc|linux)$/) ok[$1] = 1; d[$1] = $4 } END { for (i = 1; i <= n; i++) { p = q[i]; if (p in seen) continue; seen[p] = 1; if (!(p in d)) continue; print p; m = split(d[p], a, /[,|]/); for (j = 1; j <= m; j++) { x = a[j]; sub(/^ +/, "", x); sub(/[ :(].*/, "", x); if (x ~ /-dev$/ && (x in ok) && !(x in seen)) q[++n] = x } } }' /tmp/dtranspile-ldd.dev.roots /tmp/dtranspile-ldd.dev.db > /tmp/dtranspile-ldd.dev.closure && xargs -r dpkg -L < /tmp/dtranspile-ldd.dev.closure > /tmp/dtranspile-ldd.dev.devfiles && sed -n '/[.]so$/p' /tmp/dtranspile-ldd.dev.devfiles > /tmp/dtranspile-ldd.dev.devnames && xargs -r sh -c 'find "$@" -maxdepth 0 -type l 2>/dev/null || :' sh < /tmp/dtranspile-ldd.dev.devnames > /tmp/dtranspile-ldd.devso && xargs -r -n1 readlink -f < /tmp/dtranspile-ldd.devso >> /tmp/dtranspile-ldd.libs && sort -u -o /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.libs && cp /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.need && sed 's|^/usr/|/|; s|^/|*|' /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.patterns && { xargs -r -d '\n' dpkg-query --search < /tmp/dtranspile-ldd.patterns > /tmp/dtranspile-ldd.owners 2>/dev/null || true; } && sed 's|[:,].*||' /tmp/dtranspile-ldd.owners > /usr/local/share/dtranspile/runtime-packages && sort -u -o /usr/local/share/dtranspile/runtime-packages /usr/local/share/dtranspile/runtime-packages && sed 's|^.*: /|/|; s|^/usr/|/|' /tmp/dtranspile-ldd.owners > /tmp/dtranspile-ldd.owned && awk 'NR == FNR { owned[$0] = 1; next } { key = $0; sub("^/usr/", "/", key); if (!(key in owned)) print }' /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.need > /tmp/dtranspile-ldd.unowned && cp /tmp/dtranspile-ldd.unowned /tmp/dtranspile-ldd.elsewhere && { test ! -s /tmp/dtranspile-ldd.elsewhere || { echo 'dtranspile: libraries owned by no package:' >&2; cat /tmp/dtranspile-ldd.elsewhere >&2; exit 1; }; } && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.files /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.found /tmp/dtranspile-ldd.staged /tmp/dtranspile-ldd.need /tmp/dtranspile-ldd.patterns /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.owned /tmp/dtranspile-ldd.unowned /tmp/dtranspile-ldd.elsewhere /tmp/dtranspile-ldd.dev.* /tmp/dtranspile-ldd.devso

FROM ubuntu:precise
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
COPY --from=builder /usr/local/share/dtranspile/runtime-packages /tmp/runtime-packages
# runtime libraries the binary links against, as the builder found them
# hadolint ignore=DL3008
RUN apt-get update && xargs -r apt-get install -y < /tmp/runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/runtime-packages
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y openssl wget && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# libraries the install copied with its prefix, in the loader's cache
RUN ldconfig
CMD ["/usr/local/bin/stunnel", "/stunnel/stunnel.conf"]
