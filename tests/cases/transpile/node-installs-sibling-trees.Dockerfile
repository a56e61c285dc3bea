# the client and the server install in sibling trees: their parent is copied whole, and
# no prune runs (the parent has no package.json, as the build context shows: else npm
# might install in it, npm_prefix)
FROM node:20-bookworm
WORKDIR /usr/src/site
COPY . .
WORKDIR /usr/src/site/client
RUN npm install && npm run build
WORKDIR /usr/src/site/server
RUN npm install
CMD ["node", "index.js"]
