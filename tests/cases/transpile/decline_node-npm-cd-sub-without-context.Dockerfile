# `cd server && npm ci` after the whole context is copied to /app: npm installs in the
# nearest directory from /app/server upward that holds a package.json (or node_modules),
# and /app may hold one; without the build context which is not known
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN cd server && npm ci
CMD ["node", "server/index.js"]
