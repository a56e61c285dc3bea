# pip install --user as a user the Dockerfile creates: its home is the one useradd
# records for it (/home/app), so the runner copies /home/app/.local (the home of any
# user but root was taken for unknown before, and the rewrite declined)
FROM python:3.11-bookworm AS builder
RUN useradd -m app
USER app
WORKDIR /home/app/src
COPY --chown=app . .
RUN pip install --user --no-cache-dir flask==3.0.0
USER root
# the libraries the compiled modules load, which the slim runner may lack
RUN mkdir -p /opt/runtime-libraries && find /home/app/.local /home/app/src -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && mkdir -p /opt/runtime-libraries/.files && sed -e 's|^/usr/|/|' -e 's|^/|*/|' /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.pat && { xargs -r -a /tmp/dtranspile-ldd.pat dpkg-query --search > /tmp/dtranspile-ldd.owners 2>/dev/null || :; } && { test ! -f /var/lib/dpkg/status || awk 'BEGIN { info = "/var/lib/dpkg/info/" } FILENAME != ARGV[1] { o = $0; sub(/[:,].*/, "", o); owner[o] = 1; next } /^Package: / { n = $2; on = 0; next } /^Status: / { on = $0 ~ / installed$/; if (on) ok[n] = 1; next } !on { next } /^Architecture: / { arch[n] = $2 } /^(Pre-)?Depends: / { deps[n] = deps[n] "," substr($0, index($0, ":") + 2) } /^Provides: / { k = split(substr($0, 11), v, ","); for (j = 1; j <= k; j++) { gsub(/[(][^)]*[)]|:[^ ]*| /, "", v[j]); if (v[j] != "" && !(v[j] in by)) by[v[j]] = n } } function plain(p, f, line, r, got) { f = info p ".list"; if ((r = (getline line < f)) < 0) { f = info p ":" arch[p] ".list"; r = (getline line < f) } got = r >= 0; while (r > 0) { if (line ~ "^/(usr/)?s?bin/" || line ~ "^/(usr/)?lib[^/]*/([^/]*-linux-gnu[^/]*/)?lib[^/]*[.]so") got = 0; r = (getline line < f) } close(f); return got } function follow(o, p, g, a, k, j, m, d, i) { k = split(deps[p], g, ","); for (j = 1; j <= k; j++) { m = split(g[j], a, "|"); d = ""; for (i = 1; i <= m && d == ""; i++) { gsub(/[(][^)]*[)]|:[^ ]*| /, "", a[i]); if (a[i] in ok) d = a[i]; else if (a[i] in by) d = by[a[i]] } if (d != "" && !((o, d) in seen)) { seen[o, d] = 1; if (!(d in kind)) kind[d] = plain(d); if (kind[d]) { print o, d; follow(o, d) } } } } END { for (o in owner) if (o in ok) follow(o, o) }' /var/lib/dpkg/status /tmp/dtranspile-ldd.owners; } > /tmp/dtranspile-ldd.data && xargs -r -a /tmp/dtranspile-ldd.libs sh -c "for lib do name=\"\$(basename \"\$lib\")\"; pkg=\"\$(awk -v p=\"\$lib\" \"BEGIN { sub(\\\"^/usr\\\", \\\"\\\", p) } !/^diversion / && substr(\\\$0, length(\\\$0) - length(p) + 1) == p { sub(/[:,].*/, \\\"\\\"); print; exit }\" /tmp/dtranspile-ldd.owners)\"; [ -n \"\$pkg\" ] || continue; here=\"\$(readlink -f \"\${lib%/*}\")\"; dpkg -L \"\$pkg\" > /tmp/dtranspile-ldd.pkg || exit 1; awk -v p=\"\$pkg\" '\$1 == p { print \$2 }' /tmp/dtranspile-ldd.data > /tmp/dtranspile-ldd.deps && xargs -r -a /tmp/dtranspile-ldd.deps dpkg -L >> /tmp/dtranspile-ldd.pkg || exit 1; while read -r f; do [ ! -d \"\$f\" ] && { [ -f \"\$f\" ] || [ -L \"\$f\" ]; } || continue; case \"\$f\" in /usr/share/doc/*|/usr/share/man/*|/usr/share/info/*|/usr/share/lintian/*|/usr/share/bug/*|/usr/share/locale/*) continue ;; esac; d=\"\$(readlink -f \"\${f%/*}\")\"; [ \"\$d\" != \"\$here\" ] || continue; mkdir -p \"/opt/runtime-libraries/.files/\$name\$d\" && cp -a \"\$f\" \"/opt/runtime-libraries/.files/\$name\$d/\" || exit 1; done < /tmp/dtranspile-ldd.pkg; done" sh && find /opt/runtime-libraries/.files -type f -name '*.so*' -exec ldd {} \; > /tmp/dtranspile-ldd.files 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd.files >> /tmp/dtranspile-ldd.libs && awk -F/ '!seen[$NF]++' /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.names && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.names && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.names /tmp/dtranspile-ldd.pat /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.pkg /tmp/dtranspile-ldd.files /tmp/dtranspile-ldd.data /tmp/dtranspile-ldd.deps
# /home/app/src as an empty directory with its owner and mode here, for the runner (a copy keeps a child's owner and mode, not its target's)
# hadolint ignore=DL3059
RUN mkdir -p /var/lib/dtranspile/workdir && if [ -d /home/app/src ]; then mkdir /var/lib/dtranspile/workdir/src && chown "$(stat -c %u:%g /home/app/src)" /var/lib/dtranspile/workdir/src && chmod "$(stat -c %a /home/app/src)" /var/lib/dtranspile/workdir/src; fi
USER app

FROM python:3.11-slim-bookworm
RUN useradd -m app
WORKDIR /home/app/src
COPY --from=builder /home/app/.local /home/app/.local
COPY --from=builder /home/app/src /home/app/src
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# /home/app/src with the original's owner and mode (a WORKDIR or a copy here makes it root's 0755)
COPY --from=builder /var/lib/dtranspile/workdir /home/app/
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || { mv "$path" /usr/local/lib/ && { [ ! -d "/opt/runtime-libraries/.files/$lib" ] || cp -a "/opt/runtime-libraries/.files/$lib/." /; }; } || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
USER app
EXPOSE 5000
CMD ["python", "-m", "flask", "run", "--host", "0.0.0.0"]
