# bower after the build fetches with git, which the original keeps and so does the runner
# (a version-control client the original keeps stays, on every path): the RUN is repeated
# in the runner, where bower and git both are, instead of being captured in the builder
# (package.json from the build context: `npm start` runs node; unread, it is declined)
FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y nodejs nodejs-legacy npm git
WORKDIR /usr/app
RUN npm install -g bower
COPY package.json bower.json ./
RUN npm install && npm prune --production && mkdir -p /usr/lib/node_modules /opt/global-modules && find /usr/lib/node_modules -mindepth 1 -maxdepth 1 ! -name npm ! -name corepack -exec cp -a {} /opt/global-modules/ ';' && node -e "var fs = require('fs'), b = '/usr/bin', d = '/opt/global-usr-bin'; fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } if (/lib[/]node_modules[/]/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) fs.symlinkSync(t, d + '/' + f); });" && mkdir -p /var/lib/dtranspile && find /opt/global-modules /usr/app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/opt\/global-modules|\/usr\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM ubuntu:16.04
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y git nodejs nodejs-legacy npm && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /usr/app
COPY --from=builder /usr/app /usr/app
COPY --from=builder /usr/local /usr/local
COPY --from=builder /opt/global-modules /usr/lib/node_modules
COPY --from=builder /opt/global-usr-bin /usr/bin
RUN bower install --allow-root
COPY . .
CMD ["npm", "start"]
