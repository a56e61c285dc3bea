# Node from the distribution's packages on an image the data does not know: the apt-get
# install at line 6 proves it Debian-family, so the runner is that very image (no Node
# version needs to be known) with nodejs installed again, without build-essential and
# python (node-gyp's tools: the command runs node itself)
FROM acme/web-base:4 AS builder
RUN apt-get update && apt-get install -y nodejs npm build-essential python
WORKDIR /srv/app
COPY package.json package-lock.json ./
RUN npm ci --production && mkdir -p /var/lib/dtranspile && find /srv/app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/srv\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM acme/web-base:4
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y nodejs && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /srv/app
COPY --from=builder /srv/app /srv/app
COPY --from=builder /usr/local /usr/local
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
