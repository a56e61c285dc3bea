# on alpine, a captured RUN creates the group and the user (BusyBox addgroup/adduser),
# and the USER that names the user comes before the runner's capture RUN: nothing runs
# as that user before the merge makes it, and the RUN itself runs as root
FROM node:20-alpine3.19
WORKDIR /srv
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
RUN node scripts/prepare.js && addgroup -S web && adduser -S -G web -h /var/lib/web web
USER web
RUN node scripts/warm-cache.js
CMD ["node", "server.js"]
