# npm in / (no WORKDIR): / holds the system and is not copied whole, but every path the
# build put there is named (package.json and server.js from the context, views/ into a
# new path, node_modules by npm, logs/ by mkdir): the runner copies exactly those
FROM node:18 AS builder
COPY package.json package-lock.json /
RUN npm ci --omit=dev && mkdir -p /node_modules && mkdir -p /opt/runtime-libraries && find /node_modules /package-lock.json /package.json -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM node:18-slim
COPY --from=builder /node_modules /node_modules
COPY --from=builder /package-lock.json /package-lock.json
COPY --from=builder /package.json /package.json
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
COPY server.js /
COPY views /views
RUN mkdir -p /logs
CMD ["node", "server.js"]
