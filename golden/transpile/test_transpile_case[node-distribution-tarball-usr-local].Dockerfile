FROM ubuntu:18.04 AS builder
RUN apt-get update && apt-get install -y curl xz-utils \
    && curl -fsSL https://nodejs.org/dist/v10.15.3/node-v10.15.3-linux-x64.tar.xz \
    | tar -xJ -C /usr/local --strip-components=1
WORKDIR /app
COPY . .
RUN npm install && mkdir -p /var/lib/dtranspile && find /app /usr/local -type f '(' -name '*.so*' -o -name '*.node' -o -perm -100 ')' -exec ldd {} ';' > /tmp/dtranspile-scan 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^(\/app|\/usr\/local)\// { print $3 }' /tmp/dtranspile-scan > /tmp/dtranspile-scan.libs && LC_ALL=C sort -u -o /tmp/dtranspile-scan.libs /tmp/dtranspile-scan.libs && sed -e 's|^/usr/|/|' -e 's|^/|*|' /tmp/dtranspile-scan.libs > /tmp/dtranspile-scan.libs.pat && xargs -r dpkg-query --search < /tmp/dtranspile-scan.libs.pat > /tmp/dtranspile-scan.owners && cut -d: -f1 /tmp/dtranspile-scan.owners > /tmp/dtranspile-scan.packages && LC_ALL=C sort -u -o /var/lib/dtranspile/runtime-packages /tmp/dtranspile-scan.packages && rm -f /tmp/dtranspile-scan*

FROM ubuntu:18.04
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3008,DL3015
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y curl xz-utils && xargs -r apt-get install -y < /tmp/dtranspile-runtime-packages && rm -rf /var/lib/apt/lists/* /tmp/dtranspile-runtime-packages
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local /usr/local
CMD ["node", "index.js"]
