# `cd packages/api && npm ci` in a workspace of the project at /app: npm 7 and later
# take the workspace root that lists packages/api ("workspaces" in /app/package.json,
# from the build context) as the project, and install in /app/node_modules, linking
# the workspaces there; the runner would copy /app/packages/api without them
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN cd packages/api && npm ci
CMD ["node", "packages/api/index.js"]
