# npm@6 over Alpine's npm, and bin/hubot (read from the context) runs no npm: the runner's
# npm is never run, so the rewrite stands
FROM alpine:3.8 AS builder
RUN apk add --no-cache nodejs npm && npm install -g npm@6
WORKDIR /hubot
COPY package.json package.json
RUN npm install && mkdir -p /usr/lib/node_modules /opt/global-modules && find /usr/lib/node_modules -mindepth 1 -maxdepth 1 ! -name npm ! -name corepack -exec cp -a {} /opt/global-modules/ ';' && node -e "var fs = require('fs'), b = '/usr/bin', d = '/opt/global-usr-bin'; fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } if (/lib[/]node_modules[/]/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) fs.symlinkSync(t, d + '/' + f); });" && mkdir -p /var/lib/dtranspile && find /hubot /opt/global-modules /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/hubot|\/opt\/global-modules|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && xargs -r apk info --who-owns < /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.owners && sed -e 's/.* is owned by //' -e 's/-[^-]*-r[0-9]*$//' /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM alpine:3.8
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3018
RUN apk add --no-cache nodejs npm && xargs -r apk add --no-cache < /tmp/dtranspile-runtime-packages && rm /tmp/dtranspile-runtime-packages
WORKDIR /hubot
COPY --from=builder /hubot /hubot
COPY --from=builder /usr/local /usr/local
COPY --from=builder /opt/global-modules /usr/lib/node_modules
COPY --from=builder /opt/global-usr-bin /usr/bin
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN test -x /bin/sh
ADD bin/hubot bin/
ENTRYPOINT ["/bin/sh", "-c", "bin/hubot --adapter slack"]
