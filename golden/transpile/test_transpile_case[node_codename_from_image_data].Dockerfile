# node:carbon names Node 8 by its LTS codename: the image data gives the version (npm 5
# has no --omit=dev, so the prune is --production) and the slim sibling node:carbon-slim
FROM node:carbon AS builder
WORKDIR /app
COPY package*.json ./
RUN npm install
COPY . .
RUN npm run build && npm prune --production

FROM node:carbon-slim
WORKDIR /app
COPY --from=builder /app /app
CMD ["node", "dist/server.js"]
