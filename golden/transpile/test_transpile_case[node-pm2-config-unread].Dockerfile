# pm2 starts what pm2.json names, which is not read without a build context: it may be
# a dev dependency (babel-node) or a script using the full image's programs, so the
# runner is node:18 itself and the dev dependencies stay (draw3 #25, 723f9c52)
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
EXPOSE 3000
CMD ["pm2-runtime", "start", "pm2.json"]
