# node:lts floats: its slim sibling node:lts-slim floats with it
FROM node:lts AS builder
WORKDIR /app
COPY package*.json ./
RUN npm ci && npm prune --omit=dev

FROM node:lts-slim
WORKDIR /app
COPY --from=builder /app /app
COPY . .
CMD ["node", "server.js"]
