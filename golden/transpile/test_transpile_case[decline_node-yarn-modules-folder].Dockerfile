FROM node:20-bookworm
WORKDIR /opt/src
COPY package.json yarn.lock ./
# node_modules goes to /opt/node_modules, outside the app directory the runner copies
RUN yarn install --frozen-lockfile --modules-folder /opt/node_modules --production
COPY . .
RUN yarn run build
CMD ["node", "dist/index.js"]
