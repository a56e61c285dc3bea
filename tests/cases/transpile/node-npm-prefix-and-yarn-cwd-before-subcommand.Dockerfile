# npm's --prefix and yarn's --cwd written before the subcommand move the command into
# that directory, as `cd DIR && npm ci` would: the installs and the build are read there
# (yarn 1 runs in web/ as the build context shows web/package.json)
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm --prefix server ci --omit=dev
RUN yarn --cwd web install --frozen-lockfile && yarn --cwd web build
CMD ["node", "server/index.js"]
