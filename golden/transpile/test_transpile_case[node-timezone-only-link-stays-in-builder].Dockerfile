# a RUN that only links /etc/localtime to a zone is not repeated in the slim runner
# (whose image may lack the zone file, and where it would undo a later setter): it
# stays in the builder, and the zone the original leaves is staged there and copied
FROM node:18-bookworm AS builder
RUN ln -sf /usr/share/zoneinfo/Asia/Shanghai /etc/localtime
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && mkdir -p /opt/runtime-libraries && find /usr/src/app -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs
# the time zone the original runs in (the RUN at line 5 sets the system's time zone), for the runner
# hadolint ignore=DL3059
RUN mkdir -p /opt/dtranspile-timezone/etc && if [ -L /etc/localtime ] && [ -e /etc/localtime ]; then zone="$(readlink /etc/localtime)" && case "$zone" in /*) ;; *) zone="/etc/$zone" ;; esac && mkdir -p "/opt/dtranspile-timezone$(dirname "$zone")" && cp -L /etc/localtime "/opt/dtranspile-timezone$zone" && cp -P /etc/localtime /opt/dtranspile-timezone/etc/localtime; elif [ -f /etc/localtime ]; then cp /etc/localtime /opt/dtranspile-timezone/etc/localtime; fi && { [ ! -f /etc/timezone ] || cp /etc/timezone /opt/dtranspile-timezone/etc/timezone; }

FROM node:18-bookworm-slim
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# the time zone the original runs in (the RUN at line 5 sets the system's time zone)
COPY --from=builder /opt/dtranspile-timezone/ /
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
COPY . .
CMD ["node", "server.js"]
