# nodejs from a PPA the build adds (and a sources.list the build rewrites): the runner
# copies the builder's /etc/apt and installs nodejs again from those sources; --explain
# names lines 5 and 6 as where the packages come from, not the distribution's own
FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y software-properties-common && add-apt-repository ppa:chris-lea/node.js
RUN echo "deb http://archive.ubuntu.com/ubuntu xenial main universe" > /etc/apt/sources.list
RUN apt-get update && apt-get install -y nodejs
WORKDIR /srv/app
COPY . .
RUN npm install && mkdir -p /var/lib/dtranspile && find /srv/app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/srv\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM ubuntu:16.04
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y nodejs && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /srv/app
COPY --from=builder /srv/app /srv/app
COPY --from=builder /usr/local /usr/local
# CA certificates: the original's packages may have brought them, the runner's image has none
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["node", "server.js"]
