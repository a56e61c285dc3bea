# node:lts floats: its slim sibling node:lts-slim floats with it
FROM node:lts
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
CMD ["node", "server.js"]
