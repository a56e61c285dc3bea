# a RUN the builder alone runs writes system configuration under /etc with file tools
# whose writes are all known: the runner gets the file from the builder, after its
# own package installs
FROM node:18-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends logrotate && rm -rf /var/lib/apt/lists/*
RUN cp /etc/cron.daily/logrotate /etc/cron.hourly/logrotate
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && mkdir -p /opt/runtime-libraries && find /usr/src/app -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && mkdir -p /opt/runtime-libraries/.files && sed -e 's|^/usr/|/|' -e 's|^/|*/|' /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.pat && { xargs -r -a /tmp/dtranspile-ldd.pat dpkg-query --search > /tmp/dtranspile-ldd.owners 2>/dev/null || :; } && xargs -r -a /tmp/dtranspile-ldd.libs sh -c "for lib do name=\"\$(basename \"\$lib\")\"; pkg=\"\$(awk -v p=\"\$lib\" \"BEGIN { sub(/^[/]usr/, \\\"\\\", p) } !/^diversion / && substr(\\\$0, length(\\\$0) - length(p) + 1) == p { sub(/[:,].*/, \\\"\\\"); print; exit }\" /tmp/dtranspile-ldd.owners)\"; [ -n \"\$pkg\" ] || continue; here=\"\$(readlink -f \"\${lib%/*}\")\"; dpkg -L \"\$pkg\" > /tmp/dtranspile-ldd.pkg || exit 1; while read -r f; do [ ! -d \"\$f\" ] && { [ -f \"\$f\" ] || [ -L \"\$f\" ]; } || continue; case \"\$f\" in /usr/share/doc/*|/usr/share/man/*|/usr/share/info/*|/usr/share/lintian/*|/usr/share/bug/*|/usr/share/locale/*) continue ;; esac; d=\"\$(readlink -f \"\${f%/*}\")\"; [ \"\$d\" != \"\$here\" ] || continue; mkdir -p \"/opt/runtime-libraries/.files/\$name\$d\" && cp -a \"\$f\" \"/opt/runtime-libraries/.files/\$name\$d/\" || exit 1; done < /tmp/dtranspile-ldd.pkg; done" sh && find /opt/runtime-libraries/.files -type f -name '*.so*' -exec ldd {} \; > /tmp/dtranspile-ldd.files 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd.files >> /tmp/dtranspile-ldd.libs && awk -F/ '!seen[$NF]++' /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.names && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.names && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.names /tmp/dtranspile-ldd.pat /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.pkg /tmp/dtranspile-ldd.files

FROM node:18-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends logrotate && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
COPY --from=builder /etc/cron.hourly/logrotate /etc/cron.hourly/logrotate
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || { mv "$path" /usr/local/lib/ && { [ ! -d "/opt/runtime-libraries/.files/$lib" ] || cp -a "/opt/runtime-libraries/.files/$lib/." /; }; } || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
COPY . .
CMD ["node", "server.js"]
