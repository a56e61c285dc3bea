# `yarn install --cwd web` runs in web/ only where web/package.json exists: yarn 1 takes
# the nearest directory from web/ up to the RUN's that has one (findProjectRoot), and
# without the build context that is not known: declined (with --context showing
# web/package.json it is read in web/)
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN yarn install --cwd web --frozen-lockfile
CMD ["node", "web/server.js"]
