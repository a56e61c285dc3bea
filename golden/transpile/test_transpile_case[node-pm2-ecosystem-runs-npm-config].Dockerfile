# the build context's ecosystem.config.js starts `npm` (`script: 'npm', args: 'start'`):
# read there, pm2 runs npm, which reads the registry `npm config set` wrote in the
# builder (the user's .npmrc), so that file reaches the runner
FROM node:18 AS builder
RUN npm config set registry https://registry.npmmirror.com
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install && node -e "var fs = require('fs'), b = '/usr/local/bin', d = '/opt/global-bin'; fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } if (/lib[/]node_modules[/]/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) fs.symlinkSync(t, d + '/' + f); });" && test -L /opt/global-bin/pm2-runtime && mkdir -p /opt/dtranspile-npm-config && { [ ! -e /root/.npmrc ] || { mkdir -p /opt/dtranspile-npm-config/root && cp -p /root/.npmrc /opt/dtranspile-npm-config/root/; }; } && { [ ! -e /.npmrc ] || { mkdir -p /opt/dtranspile-npm-config && cp -p /.npmrc /opt/dtranspile-npm-config/; }; }

FROM node:18
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/lib/node_modules /usr/local/lib/node_modules
COPY --from=builder /opt/global-bin /usr/local/bin
COPY --from=builder /opt/dtranspile-npm-config /
CMD ["pm2-runtime", "start", "ecosystem.config.js"]
