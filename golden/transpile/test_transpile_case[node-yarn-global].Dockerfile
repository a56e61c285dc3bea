# yarn global add as root on the official node image: yarn 1.x (YARN_VERSION in the
# image data) keeps the packages in /usr/local/share/.config/yarn/global and links
# their programs into /usr/local/bin: both reach the runner, and the program the
# command names is tested among the links
FROM node:20-bookworm AS builder
WORKDIR /app
RUN yarn global add pm2
COPY . .
RUN yarn install --production && node -e "var fs = require('fs'), b = '/usr/local/bin', d = '/opt/global-bin'; fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } if (/(lib[/]node_modules[/]|[.]config[/]yarn[/]global[/]node_modules[/])/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) fs.symlinkSync(t, d + '/' + f); });" && test -L /opt/global-bin/pm2-runtime && mkdir -p /opt/runtime-libraries && find /app /usr/local/lib/node_modules /opt/global-bin /usr/local/share/.config/yarn/global -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/lib/node_modules /usr/local/lib/node_modules
COPY --from=builder /opt/global-bin /usr/local/bin
COPY --from=builder /usr/local/share/.config/yarn/global /usr/local/share/.config/yarn/global
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
CMD ["pm2-runtime", "server.js"]
