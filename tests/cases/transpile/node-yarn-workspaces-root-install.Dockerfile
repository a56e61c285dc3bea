# yarn 1 workspaces installed at the root: node_modules/shared is a link to
# ../packages/shared, so the runner copies the whole app directory /app (the
# workspaces with node_modules), and the links resolve there as in the builder
FROM node:20-bookworm
WORKDIR /app
COPY package.json yarn.lock ./
COPY packages/api/package.json packages/api/
COPY packages/shared/package.json packages/shared/
RUN yarn install --frozen-lockfile
COPY . .
CMD ["node", "packages/api/index.js"]
