FROM debian:stretch AS builder
RUN apt-get update && apt-get install -y curl gnupg \
    && curl -sL https://deb.nodesource.com/setup_10.x | bash - \
    && curl -sS https://dl.yarnpkg.com/debian/pubkey.gpg | apt-key add - \
    && echo "deb https://dl.yarnpkg.com/debian/ stable main" > /etc/apt/sources.list.d/yarn.list \
    && apt-get update && apt-get install -y nodejs yarn
WORKDIR /app
COPY . .
RUN yarn install && mkdir -p /var/lib/dtranspile && find /app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM debian:stretch-slim
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
# what apt needs to read the https repositories the build added
# hadolint ignore=DL3008
RUN mkdir -p /var/lib/dtranspile/own-sources && find /etc/apt/sources.list.d -maxdepth 1 '(' -name debian.sources -o -name ubuntu.sources ')' -exec cp {} /var/lib/dtranspile/own-sources/ ';' && apt-get -o Dir::Etc::SourceParts=/var/lib/dtranspile/own-sources update && apt-get -o Dir::Etc::SourceParts=/var/lib/dtranspile/own-sources install -y --no-install-recommends ca-certificates apt-transport-https && rm -rf /var/lib/apt/lists/* /var/lib/dtranspile/own-sources
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y curl gnupg nodejs yarn && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local /usr/local
CMD ["node", "server.js"]
