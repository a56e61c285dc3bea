# `npm --prefix server start` runs the start script of server/package.json, not the
# app's package.json read from the build context: that script is not read, so the dev
# dependencies stay and the runner is node:18 itself, as for any unread script
FROM node:18 AS builder
WORKDIR /app
COPY . .
RUN npm ci

FROM node:18
WORKDIR /app
COPY --from=builder /app /app
CMD ["npm", "--prefix", "server", "start"]
