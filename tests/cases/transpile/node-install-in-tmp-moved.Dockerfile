# npm install in /tmp (a layer kept while only package.json changes), node_modules then
# copied into the app directory: that directory is the app; dev dependencies are kept,
# as package.json is not beside node_modules when the builder ends
FROM node:20-bookworm
COPY package.json package-lock.json /tmp/
RUN cd /tmp && npm ci
RUN mkdir -p /usr/src/app && cp -a /tmp/node_modules /usr/src/app/
WORKDIR /usr/src/app
COPY . /usr/src/app
EXPOSE 3000
CMD ["node", "server.js"]
