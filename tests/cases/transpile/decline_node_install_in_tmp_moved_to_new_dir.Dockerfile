# node_modules copied to a directory nothing made: `cp -a /tmp/node_modules /app` makes /app
# the tree itself, so where the app's modules are is not known
FROM node:20-bookworm
COPY package.json package-lock.json /tmp/
RUN cd /tmp && npm ci
RUN cp -a /tmp/node_modules /app
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
