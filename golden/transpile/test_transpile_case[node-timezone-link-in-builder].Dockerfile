# the time zone is set by a RUN the runner does not repeat: /etc/localtime (a link, with
# the zone file it names), /etc/timezone and the file TZ names reach the runner
FROM node:18-bookworm AS builder
ENV TZ=America/Chicago
RUN ln -snf /usr/share/zoneinfo/$TZ /etc/localtime && echo $TZ > /etc/timezone
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && mkdir -p /opt/runtime-libraries && find /usr/src/app -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && mkdir -p /opt/runtime-libraries/.files && sed -e 's|^/usr/|/|' -e 's|^/|*/|' /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.pat && { xargs -r -a /tmp/dtranspile-ldd.pat dpkg-query --search > /tmp/dtranspile-ldd.owners 2>/dev/null || :; } && xargs -r -a /tmp/dtranspile-ldd.libs sh -c "for lib do name=\"\$(basename \"\$lib\")\"; pkg=\"\$(awk -v p=\"\$lib\" \"BEGIN { sub(/^[/]usr/, \\\"\\\", p) } !/^diversion / && substr(\\\$0, length(\\\$0) - length(p) + 1) == p { sub(/[:,].*/, \\\"\\\"); print; exit }\" /tmp/dtranspile-ldd.owners)\"; [ -n \"\$pkg\" ] || continue; here=\"\$(readlink -f \"\${lib%/*}\")\"; dpkg -L \"\$pkg\" > /tmp/dtranspile-ldd.pkg || exit 1; while read -r f; do [ ! -d \"\$f\" ] && { [ -f \"\$f\" ] || [ -L \"\$f\" ]; } || continue; case \"\$f\" in /usr/share/doc/*|/usr/share/man/*|/usr/share/info/*|/usr/share/lintian/*|/usr/share/bug/*|/usr/share/locale/*) continue ;; esac; d=\"\$(readlink -f \"\${f%/*}\")\"; [ \"\$d\" != \"\$here\" ] || continue; mkdir -p \"/opt/runtime-libraries/.files/\$name\$d\" && cp -a \"\$f\" \"/opt/runtime-libraries/.files/\$name\$d/\" || exit 1; done < /tmp/dtranspile-ldd.pkg; done" sh && find /opt/runtime-libraries/.files -type f -name '*.so*' -exec ldd {} \; > /tmp/dtranspile-ldd.files 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd.files >> /tmp/dtranspile-ldd.libs && awk -F/ '!seen[$NF]++' /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.names && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.names && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.names /tmp/dtranspile-ldd.pat /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.pkg /tmp/dtranspile-ldd.files
# the time zone the original runs in (the RUN at line 5 sets the system's time zone and ENV TZ names /usr/share/zoneinfo/America/Chicago), for the runner
# hadolint ignore=DL3059
RUN mkdir -p /opt/dtranspile-timezone/etc && if [ -L /etc/localtime ] && [ -e /etc/localtime ]; then zone="$(readlink /etc/localtime)" && case "$zone" in /*) ;; *) zone="/etc/$zone" ;; esac && mkdir -p "/opt/dtranspile-timezone$(dirname "$zone")" && cp -L /etc/localtime "/opt/dtranspile-timezone$zone" && cp -P /etc/localtime /opt/dtranspile-timezone/etc/localtime; elif [ -f /etc/localtime ]; then cp /etc/localtime /opt/dtranspile-timezone/etc/localtime; fi && { [ ! -f /etc/timezone ] || cp /etc/timezone /opt/dtranspile-timezone/etc/timezone; } && { [ ! -f /usr/share/zoneinfo/America/Chicago ] || { mkdir -p /opt/dtranspile-timezone/usr/share/zoneinfo/America && cp -L /usr/share/zoneinfo/America/Chicago /opt/dtranspile-timezone/usr/share/zoneinfo/America/; }; }

FROM node:18-bookworm-slim
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# the time zone the original runs in (the RUN at line 5 sets the system's time zone and ENV TZ names /usr/share/zoneinfo/America/Chicago)
COPY --from=builder /opt/dtranspile-timezone/ /
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || { mv "$path" /usr/local/lib/ && { [ ! -d "/opt/runtime-libraries/.files/$lib" ] || cp -a "/opt/runtime-libraries/.files/$lib/." /; }; } || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
ENV TZ=America/Chicago
COPY . .
CMD ["node", "server.js"]
