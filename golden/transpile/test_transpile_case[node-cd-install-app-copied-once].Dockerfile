# `cd server && npm ci`, then the context copied over and built: /app reaches the runner
# as the build left it (npm writes there after the copy), server/ and its node_modules
# with it, so the app directory /app/server is not copied a second time (its
# node_modules were in two layers of the runner)
FROM node:20-bookworm AS builder
WORKDIR /app
COPY server/package.json server/package-lock.json server/
RUN cd server && npm ci
COPY . .
RUN cd server && npm run build && mkdir -p /opt/runtime-libraries && find /app/server -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && mkdir -p /opt/runtime-libraries/.files && sed -e 's|^/usr/|/|' -e 's|^/|*/|' /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.pat && { xargs -r -a /tmp/dtranspile-ldd.pat dpkg-query --search > /tmp/dtranspile-ldd.owners 2>/dev/null || :; } && xargs -r -a /tmp/dtranspile-ldd.libs sh -c "for lib do name=\"\$(basename \"\$lib\")\"; pkg=\"\$(awk -v p=\"\$lib\" \"BEGIN { sub(/^[/]usr/, \\\"\\\", p) } !/^diversion / && substr(\\\$0, length(\\\$0) - length(p) + 1) == p { sub(/[:,].*/, \\\"\\\"); print; exit }\" /tmp/dtranspile-ldd.owners)\"; [ -n \"\$pkg\" ] || continue; here=\"\$(readlink -f \"\${lib%/*}\")\"; dpkg -L \"\$pkg\" > /tmp/dtranspile-ldd.pkg || exit 1; while read -r f; do [ ! -d \"\$f\" ] && { [ -f \"\$f\" ] || [ -L \"\$f\" ]; } || continue; case \"\$f\" in /usr/share/doc/*|/usr/share/man/*|/usr/share/info/*|/usr/share/lintian/*|/usr/share/bug/*|/usr/share/locale/*) continue ;; esac; d=\"\$(readlink -f \"\${f%/*}\")\"; [ \"\$d\" != \"\$here\" ] || continue; mkdir -p \"/opt/runtime-libraries/.files/\$name\$d\" && cp -a \"\$f\" \"/opt/runtime-libraries/.files/\$name\$d/\" || exit 1; done < /tmp/dtranspile-ldd.pkg; done" sh && find /opt/runtime-libraries/.files -type f -name '*.so*' -exec ldd {} \; > /tmp/dtranspile-ldd.files 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd.files >> /tmp/dtranspile-ldd.libs && awk -F/ '!seen[$NF]++' /tmp/dtranspile-ldd.libs > /tmp/dtranspile-ldd.names && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.names && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs /tmp/dtranspile-ldd.names /tmp/dtranspile-ldd.pat /tmp/dtranspile-ldd.owners /tmp/dtranspile-ldd.pkg /tmp/dtranspile-ldd.files

FROM node:20-bookworm-slim
WORKDIR /app
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /app /app
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || { mv "$path" /usr/local/lib/ && { [ ! -d "/opt/runtime-libraries/.files/$lib" ] || cp -a "/opt/runtime-libraries/.files/$lib/." /; }; } || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
CMD ["node", "server/dist/index.js"]
