# npm 9 (node:20's may be) writes `npm config set` to the project's .npmrc, at the
# project's root: the nearest directory up from the RUN's with a package.json, which
# the build decides. /srv/app/web is copied whole; the user's .npmrc and those of
# /srv/app, /srv and / are staged where the build wrote them (the build context shows
# web/package.json, where `npm ci` installs: npm_prefix)
FROM node:20
WORKDIR /srv/app
COPY . .
WORKDIR /srv/app/web
RUN npm config set registry https://registry.npmmirror.com
RUN npm ci
CMD ["npm", "start"]
