# the apt-get install runs after USER root, the first instruction: the image's own
# default user is not known, and not needed: the runner sets USER root before its setup
# (so its WORKDIR is made as root, as the original's was) and runs as root, as the
# original's container did (one USER root, not two)
FROM acme/web-base:4 AS builder
USER root
RUN apt-get update && apt-get install -y nodejs npm build-essential
WORKDIR /srv/app
COPY . .
RUN npm install && mkdir -p /var/lib/dtranspile && find /srv/app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/srv\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM acme/web-base:4
USER root
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y nodejs && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /srv/app
COPY --from=builder /srv/app /srv/app
COPY --from=builder /usr/local /usr/local
CMD ["node", "index.js"]
