# `${NODE_ENV:-production}` where nothing before sets NODE_ENV (node:18 does not): the
# form gives "production" in the builder, and the runner's ENV is written with that value
# (the colon forms treat unset and empty alike, so no more than that needs to be known).
FROM node:18 AS builder
ENV NODE_ENV="${NODE_ENV:-production}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && mkdir -p /opt/runtime-libraries && find /app -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM node:18-slim
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
ENV NODE_ENV="production"
COPY . .
CMD ["node", "server.js"]
