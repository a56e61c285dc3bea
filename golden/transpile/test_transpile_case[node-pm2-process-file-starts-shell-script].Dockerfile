# the build context's ecosystem.config.js starts ./start.sh: read there, pm2 runs a
# program other than node on the app's files, which may use the full image's programs
# or a dev dependency, so the runner is node:18 itself and the dev dependencies stay
FROM node:18 AS builder
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install && node -e "var fs = require('fs'), b = '/usr/local/bin', d = '/opt/global-bin'; fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } if (/lib[/]node_modules[/]/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) fs.symlinkSync(t, d + '/' + f); });" && test -L /opt/global-bin/pm2-runtime

FROM node:18
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/lib/node_modules /usr/local/lib/node_modules
COPY --from=builder /opt/global-bin /usr/local/bin
CMD ["pm2-runtime", "start", "ecosystem.config.js"]
