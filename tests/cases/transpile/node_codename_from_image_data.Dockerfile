# node:carbon names Node 8 by its LTS codename: the image data gives the version (npm 5
# has no --omit=dev, so the prune is --production) and the slim sibling node:carbon-slim
FROM node:carbon
WORKDIR /app
COPY package*.json ./
RUN npm install
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
