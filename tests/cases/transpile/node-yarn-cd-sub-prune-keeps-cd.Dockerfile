# `cd web && yarn install` with the final WORKDIR above it: the prune runs after a `cd`
# into /app/web, not with `yarn --cwd`, as yarn 1 reads .yarnrc's yarn-path and its
# command-line arguments from the process's directory (npm's takes `--prefix`); the build
# context shows web/package.json, where yarn installs
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN cd web && yarn install --frozen-lockfile
CMD ["node", "web/index.js"]
