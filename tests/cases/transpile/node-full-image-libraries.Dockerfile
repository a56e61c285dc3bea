# a native addon built on the full node image may link a library buildpack-deps has
# (libpq for pg-native, cairo for canvas) and the slim runner lacks: the builder reads
# the addons' ELF NEEDED entries and the runner adds the libraries it has none of
FROM node:10
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm install
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
