# node's docker-entrypoint.sh runs `node index.js` for CMD ["index.js"]; the slim runner has the same entrypoint
FROM node:16.20.2-bullseye
WORKDIR /home/node/app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
USER node
CMD ["index.js"]
