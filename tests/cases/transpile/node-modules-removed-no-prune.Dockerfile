# the build removes the app's node_modules after `yarn build` (the static server uses
# Node's own modules only): the original ships without dependencies, so no prune is
# added (a `yarn install --production` would fetch the production ones again)
FROM node:20-alpine
WORKDIR /dejavu
COPY package.json yarn.lock ./
RUN apk add --no-cache git
COPY . .
RUN yarn && yarn cache clean && yarn build:app && rm -rf /dejavu/node_modules && rm -rf /tmp/*
EXPOSE 1358
CMD ["node", "server.js"]
