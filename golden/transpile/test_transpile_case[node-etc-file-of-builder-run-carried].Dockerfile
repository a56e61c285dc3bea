# a RUN the builder alone runs writes system configuration under /etc with file tools
# whose writes are all known: the runner gets the file from the builder, after its
# own package installs
FROM node:18-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends logrotate && rm -rf /var/lib/apt/lists/*
RUN cp /etc/cron.daily/logrotate /etc/cron.hourly/logrotate
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && mkdir -p /opt/runtime-libraries && find /usr/src/app -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM node:18-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends logrotate && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
COPY --from=builder /etc/cron.hourly/logrotate /etc/cron.hourly/logrotate
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
COPY . .
CMD ["node", "server.js"]
