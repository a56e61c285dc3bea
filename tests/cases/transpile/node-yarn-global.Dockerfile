# yarn global add as root on the official node image: yarn 1.x (YARN_VERSION in the
# image data) keeps the packages in /usr/local/share/.config/yarn/global and links
# their programs into /usr/local/bin: both reach the runner, and the program the
# command names is tested among the links
FROM node:20-bookworm
WORKDIR /app
RUN yarn global add pm2
COPY . .
RUN yarn install --production
CMD ["pm2-runtime", "server.js"]
