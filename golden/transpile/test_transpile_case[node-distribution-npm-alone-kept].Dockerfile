# npm is the only Node package named (Debian's npm depends on nodejs): the runner
# installs npm again although the command runs node, or it would have no node
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends npm
WORKDIR /app
COPY . .
RUN npm install && mkdir -p /var/lib/dtranspile && find /app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM debian:bookworm-slim
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y --no-install-recommends npm && xargs -r apt-get install -y --no-install-recommends < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local /usr/local
CMD ["node", "server.js"]
