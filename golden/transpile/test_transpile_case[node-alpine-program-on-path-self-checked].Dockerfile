# caddy unpacked into /usr/bin and only started by its own RUN to print its version
# (not a use of the build): `npm run foreman` may start it, so the runner gets it at the
# same path and tests it (corpus 364562e7)
FROM node:20-alpine AS builder
WORKDIR /app
RUN apk add --no-cache curl tar
RUN curl --silent --show-error --fail --location -o - \
    "https://caddyserver.com/download/build?os=linux&arch=amd64" \
    | tar --no-same-owner -C /usr/bin/ -xz caddy \
    && chmod 0755 /usr/bin/caddy \
    && /usr/bin/caddy -version
COPY . /app
RUN npm install

FROM node:20-alpine
RUN apk add --no-cache curl tar
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/bin/caddy /usr/bin/caddy
# the programs put on the PATH by hand, carried from the builder: a library or an interpreter they need and this image lacks fails the build, not the container
RUN set -- /usr/bin/caddy; for p in "$@"; do test -x "$p" || { echo "dtranspile: $p is not an executable file here" >&2; exit 1; }; if [ "$(head -c 4 "$p")" = "$(printf '\177ELF')" ]; then ldd "$p" > /tmp/dtranspile-ldd 2>&1; ! grep -q -e 'not found' -e 'Error loading' /tmp/dtranspile-ldd || { echo "dtranspile: $p loads a library this image lacks:" >&2; cat /tmp/dtranspile-ldd >&2; exit 1; }; elif [ "$(head -c 2 "$p")" = '#!' ]; then read -r i a b _ < "$p"; if [ "$i" = '#!' ]; then i=$a; a=$b; else i=${i#??}; fi; { [ -x "$i" ] && { [ "${i##*/}" != env ] || command -v "$a" > /dev/null; }; } || { echo "dtranspile: $p is a script for $i, which this image lacks" >&2; exit 1; }; fi; done; rm -f /tmp/dtranspile-ldd
CMD npm run foreman
