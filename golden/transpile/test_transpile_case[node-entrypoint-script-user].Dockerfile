# node's docker-entrypoint.sh runs `node index.js` for CMD ["index.js"]; the slim runner has the same entrypoint
FROM node:16.20.2-bullseye AS builder
WORKDIR /home/node/app
COPY package.json package-lock.json ./
RUN npm ci && npm prune --omit=dev

FROM node:16.20.2-bullseye-slim
WORKDIR /home/node/app
COPY --from=builder /home/node/app /home/node/app
COPY . .
USER node
CMD ["index.js"]
