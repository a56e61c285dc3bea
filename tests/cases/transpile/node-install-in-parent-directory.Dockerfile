# a library in a sub-directory is installed and built first, then the app in the
# directory above it: the app directory is the outer one, which holds both (the build
# context shows lib/cluster/package.json, so npm installs there first: npm_prefix)
FROM node:20-bookworm
WORKDIR /srv/app
COPY . .
WORKDIR /srv/app/lib/cluster
RUN npm install && npm run build
WORKDIR /srv/app
RUN npm install --ignore-scripts
CMD ["node", "server.js"]
