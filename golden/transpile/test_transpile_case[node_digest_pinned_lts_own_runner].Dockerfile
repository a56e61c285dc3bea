# node:lts pinned by a digest: node:lts-slim moves to the next LTS alone (another Node
# major, another addon ABI), so the runner is the builder's own pinned image
FROM node:lts@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:lts@sha256:6f0b0bd3d2ce0c2aa1d03b8b3f5f58f1d36a0c6b6fc7cd7d1c0cf4b4b8c32a1e
WORKDIR /app
COPY --from=builder /app /app
CMD ["node", "dist/index.js"]
