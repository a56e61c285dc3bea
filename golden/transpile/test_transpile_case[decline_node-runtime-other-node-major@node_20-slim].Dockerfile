# --runtime node:20-slim for a node:22 build: the native addons npm built are for
# Node.js 22's ABI, which Node.js 20 does not load: declined
FROM node:22-bookworm
WORKDIR /app
COPY package.json .
RUN npm install --omit=dev
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
