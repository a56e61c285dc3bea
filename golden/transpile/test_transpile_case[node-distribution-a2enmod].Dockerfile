# apache modules enabled before the build (a2enmod): repeated in the runner, whose apache2 comes with the package's defaults
FROM debian:bullseye AS builder
RUN apt-get update && apt-get install -y --no-install-recommends apache2 nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN a2enmod proxy proxy_http rewrite
WORKDIR /srv/app
COPY . .
RUN npm install && mkdir -p /var/lib/dtranspile && find /srv/app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/srv\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM debian:bullseye-slim
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y --no-install-recommends apache2 nodejs npm && xargs -r apt-get install -y --no-install-recommends < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /srv/app
COPY --from=builder /usr/local /usr/local
COPY --from=builder /srv/app /srv/app
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v apachectl >/dev/null && command -v node >/dev/null
# in /, where the builder ran it (the runner's WORKDIR is /srv/app)
# hadolint ignore=DL3003
RUN cd / && a2enmod proxy proxy_http rewrite
CMD ["sh", "-c", "apachectl start && node index.js"]
