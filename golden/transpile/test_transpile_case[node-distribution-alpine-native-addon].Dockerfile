FROM alpine:3.18 AS builder
RUN apk add --no-cache nodejs npm python3 make g++ vips-dev
WORKDIR /usr/src/app
COPY package.json .
RUN npm install --omit=dev
RUN npm install -g pm2 && mkdir -p /usr/lib/node_modules /opt/global-modules && find /usr/lib/node_modules -mindepth 1 -maxdepth 1 ! -name npm ! -name corepack -exec cp -a {} /opt/global-modules/ ';' && node -e "var fs = require('fs'), b = '/usr/bin', d = '/opt/global-usr-bin'; fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } if (/lib[/]node_modules[/]/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) fs.symlinkSync(t, d + '/' + f); });" && { test -L /opt/global-usr-bin/pm2-runtime || test -e /usr/local/bin/pm2-runtime; } && mkdir -p /var/lib/dtranspile && find /opt/global-modules /usr/local /usr/src/app -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/opt\/global-modules|\/usr\/local|\/usr\/src\/app)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && printf '%s\n' vips-dev > /tmp/dtranspile-scan.roots && awk 'FILENAME == ARGV[1] { q[++n] = $1; next } /^P:/ { p = substr($0, 3); ok[p] = 1 } /^D:/ { d[p] = substr($0, 3) } END { for (i = 1; i <= n; i++) { x = q[i]; if (x in seen) continue; seen[x] = 1; print x; m = split(d[x], a, " "); for (j = 1; j <= m; j++) { y = a[j]; sub(/[<>=~].*/, "", y); if (y ~ /-dev$/ && (y in ok) && y != "musl-dev" && y != "libc-dev" && !(y in seen)) q[++n] = y } } }' /tmp/dtranspile-scan.roots /lib/apk/db/installed > /tmp/dtranspile-scan.closure && xargs -r apk info -L < /tmp/dtranspile-scan.closure > /tmp/dtranspile-scan.devfiles && sed -n 's|^\([^ ]*[.]so\)$|/\1|p' /tmp/dtranspile-scan.devfiles > /tmp/dtranspile-scan.devso && xargs -r -n1 readlink -f < /tmp/dtranspile-scan.devso >> /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && xargs -r apk info --who-owns < /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.owners && sed -e 's/.* is owned by //' -e 's/-[^-]*-r[0-9]*$//' /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM alpine:3.18
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3018
RUN apk add --no-cache nodejs npm python3 && xargs -r apk add --no-cache < /tmp/dtranspile-runtime-packages && rm /tmp/dtranspile-runtime-packages
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /usr/local /usr/local
COPY --from=builder /opt/global-modules /usr/lib/node_modules
COPY --from=builder /opt/global-usr-bin /usr/bin
COPY . .
EXPOSE 8080
CMD ["pm2-runtime", "index.js"]
