# a library built from source and installed into /usr/local/lib (make install), linked by
# a native addon: the builder gathers the libraries installed there and the runner runs
# ldconfig (issue 18 class 13 for Node; the old rewrite failed with
# "libgreet.so.1: cannot open shared object file")
FROM node:18-bookworm AS builder
WORKDIR /usr/src/app
COPY libgreet /usr/src/libgreet
RUN cd /usr/src/libgreet && make && make install
COPY package.json package-lock.json binding.gyp ./
COPY src ./src
RUN npm ci && node -e "var fs = require('fs'), path = require('path'); fs.mkdirSync('/opt/local-libraries'); fs.readdirSync('/usr/local/lib').forEach(function (f) { var p = path.join('/usr/local/lib', f), to = path.join('/opt/local-libraries', f); if (!/^lib.*[.]so/.test(f)) return; var s = fs.lstatSync(p); if (s.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(p), to); else if (s.isFile()) fs.writeFileSync(to, fs.readFileSync(p), { mode: s.mode }); });" && mkdir -p /opt/runtime-libraries && find /usr/src/app /opt/local-libraries -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.node' -o \( -perm -u+x ! -name '*.js' ! -name '*.py' ! -name '*.sh' \) \) -exec ldd {} \; > /tmp/dtranspile-ldd 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\/(usr\/)?lib\// && $1 !~ /^(libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libcrypt|libmvec|libBrokenLocale|libthread_db|ld-linux[^.]*)[.]so/ && !seen[$1]++ { print $3 }' /tmp/dtranspile-ldd > /tmp/dtranspile-ldd.libs && xargs -r cp -L -t /opt/runtime-libraries < /tmp/dtranspile-ldd.libs && rm -f /tmp/dtranspile-ldd /tmp/dtranspile-ldd.libs

FROM node:18-bookworm-slim
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
COPY --from=builder /opt/local-libraries /usr/local/lib
COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries
# libraries of the full builder image the compiled modules load, where the slim runner has none of its own
RUN ldconfig -p > /tmp/ld.so.list && for path in /opt/runtime-libraries/*; do lib="${path##*/}"; [ ! -e "$path" ] || grep -q "^[[:space:]]*$lib " /tmp/ld.so.list || mv "$path" /usr/local/lib/ || exit 1; done && rm -rf /opt/runtime-libraries /tmp/ld.so.list && ldconfig
COPY index.js ./
ENTRYPOINT ["node", "index.js"]
