# yarn 1 runs `yarn --cwd web install` in the nearest directory from web/ up to the RUN's
# that holds a package.json (findProjectRoot in its cli/index.js): the build context
# has web/ without one and a package.json at its root, so the install would land in
# /app, not /app/web where the runner would look for node_modules: declined
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN yarn --cwd web install --frozen-lockfile
CMD ["node", "web/server.js"]
