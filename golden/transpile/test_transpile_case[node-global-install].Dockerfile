# pm2 installed globally (npm install -g) runs the app: the global packages and the
# links npm made for them in /usr/local/bin reach the runner
FROM node:18-bookworm AS builder
WORKDIR /app
COPY . .
RUN npm install -g pm2 && npm ci --omit=dev && node -e "var fs = require('fs'), b = '/usr/local/bin', d = '/opt/global-bin'; fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } if (/lib[/]node_modules[/]/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) fs.symlinkSync(t, d + '/' + f); });" && test -L /opt/global-bin/pm2-runtime

FROM node:18-bookworm-slim
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/lib/node_modules /usr/local/lib/node_modules
COPY --from=builder /opt/global-bin /usr/local/bin
EXPOSE 3000
CMD ["pm2-runtime", "server.js"]
