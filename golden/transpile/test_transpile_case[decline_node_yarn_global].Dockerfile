# yarn global add installs outside npm's prefix: where its programs land is not followed
FROM node:8-alpine
WORKDIR /app
RUN yarn global add pm2
COPY . .
RUN npm install
CMD ["pm2-runtime", "server.js"]
