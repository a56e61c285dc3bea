# a library in a sub-directory is installed and built first, then the app in the
# directory above it: the app directory is the outer one, which holds both
FROM node:20-bookworm AS builder
WORKDIR /srv/app
COPY . .
WORKDIR /srv/app/lib/cluster
RUN npm install && npm run build
WORKDIR /srv/app
RUN npm install --ignore-scripts && mkdir -p /opt/runtime-libraries && find /srv/app -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM node:20-bookworm-slim
WORKDIR /srv/app
COPY --from=builder /srv/app /srv/app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
CMD ["node", "server.js"]
