# npm 9 (node:20's may be) writes `npm config set` to the project's .npmrc, at the
# project's root: the nearest directory up from the RUN's with a package.json, which
# the build decides. /srv/app/web is copied whole; the user's .npmrc and those of
# /srv/app, /srv and / are staged where the build wrote them
FROM node:20 AS builder
WORKDIR /srv/app
COPY . .
WORKDIR /srv/app/web
RUN npm config set registry https://registry.npmmirror.com
RUN npm ci && mkdir -p /opt/dtranspile-npm-config && { [ ! -e /root/.npmrc ] || { mkdir -p /opt/dtranspile-npm-config/root && cp -p /root/.npmrc /opt/dtranspile-npm-config/root/; }; } && { [ ! -e /srv/app/.npmrc ] || { mkdir -p /opt/dtranspile-npm-config/srv/app && cp -p /srv/app/.npmrc /opt/dtranspile-npm-config/srv/app/; }; } && { [ ! -e /srv/.npmrc ] || { mkdir -p /opt/dtranspile-npm-config/srv && cp -p /srv/.npmrc /opt/dtranspile-npm-config/srv/; }; } && { [ ! -e /.npmrc ] || { mkdir -p /opt/dtranspile-npm-config && cp -p /.npmrc /opt/dtranspile-npm-config/; }; }

FROM node:20
WORKDIR /srv/app/web
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /srv/app /srv/app
COPY --from=builder /opt/dtranspile-npm-config /
CMD ["npm", "start"]
