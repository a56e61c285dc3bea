# a program downloaded into /usr/bin on node:18-bookworm, run on the slim sibling: the
# builder's library scan reads it with the app (the libraries it loads that the slim
# image lacks reach the runner), and the runner tests it after the merge
FROM node:18-bookworm AS builder
RUN curl -fsSL -o /usr/bin/tool https://example.org/tool && chmod +x /usr/bin/tool
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && mkdir -p /opt/runtime-libraries && find /app /usr/bin/tool -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM node:18-bookworm-slim
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
COPY --from=builder /usr/bin/tool /usr/bin/tool
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
# the programs put on the PATH by hand, carried from the builder: a library or an interpreter they need and this image lacks fails the build, not the container
RUN set -- /usr/bin/tool; for p in "$@"; do test -x "$p" || { echo "dtranspile: $p is not an executable file here" >&2; exit 1; }; if [ "$(head -c 4 "$p")" = "$(printf '\177ELF')" ]; then ldd "$p" > /tmp/dtranspile-ldd 2>&1; ! grep -q -e 'not found' -e 'Error loading' /tmp/dtranspile-ldd || { echo "dtranspile: $p loads a library this image lacks:" >&2; cat /tmp/dtranspile-ldd >&2; exit 1; }; elif [ "$(head -c 2 "$p")" = '#!' ]; then read -r i a b _ < "$p"; if [ "$i" = '#!' ]; then i=$a; a=$b; else i=${i#??}; fi; { [ -x "$i" ] && { [ "${i##*/}" != env ] || command -v "$a" > /dev/null; }; } || { echo "dtranspile: $p is a script for $i, which this image lacks" >&2; exit 1; }; fi; done; rm -f /tmp/dtranspile-ldd
COPY . .
CMD ["node", "server.js"]
