# a program put into /usr/local/bin by hand, which no command of the build runs: the
# app or its package.json scripts may start it, so the runner gets it at the same path
# and tests it there (its libraries, or a script's interpreter)
FROM node:18-bookworm AS builder
RUN curl -sSLo /usr/local/bin/tool https://example.org/tool && chmod +x /usr/local/bin/tool
WORKDIR /app
COPY . .
RUN npm ci

FROM node:18-bookworm
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin/tool /usr/local/bin/tool
# the programs put on the PATH by hand, carried from the builder: a library or an interpreter they need and this image lacks fails the build, not the container
RUN set -- /usr/local/bin/tool; for p in "$@"; do test -x "$p" || { echo "dtranspile: $p is not an executable file here" >&2; exit 1; }; if [ "$(head -c 4 "$p")" = "$(printf '\177ELF')" ]; then ldd "$p" > /tmp/dtranspile-ldd 2>&1; ! grep -q -e 'not found' -e 'Error loading' /tmp/dtranspile-ldd || { echo "dtranspile: $p loads a library this image lacks:" >&2; cat /tmp/dtranspile-ldd >&2; exit 1; }; elif [ "$(head -c 2 "$p")" = '#!' ]; then read -r i a b _ < "$p"; if [ "$i" = '#!' ]; then i=$a; a=$b; else i=${i#??}; fi; { [ -x "$i" ] && { [ "${i##*/}" != env ] || command -v "$a" > /dev/null; }; } || { echo "dtranspile: $p is a script for $i, which this image lacks" >&2; exit 1; }; fi; done; rm -f /tmp/dtranspile-ldd
CMD ["npm", "start"]
