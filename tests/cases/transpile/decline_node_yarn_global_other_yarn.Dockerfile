# a yarn installed by the build (npm install -g yarn@...) runs yarn global add: its
# version, and so where its global packages go, is not the image's
FROM node:20-bookworm
WORKDIR /app
RUN npm install -g yarn@1.19.0 --force
RUN yarn global add pm2
COPY . .
RUN yarn install --production
CMD ["pm2-runtime", "server.js"]
