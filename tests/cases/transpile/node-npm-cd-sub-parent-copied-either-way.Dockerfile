# `cd server && npm ci` after an install in /app, with no build context: npm installs in
# /app/server, or in /app where /app/server holds no package.json (or a workspace root /app
# lists it); the runner copies /app whole (the project of the first install), so
# node_modules reaches it wherever npm put it: no decline (502e3a8a, 8f1a4b75 ...)
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm ci
RUN cd server && npm ci
CMD ["node", "server/index.js"]
