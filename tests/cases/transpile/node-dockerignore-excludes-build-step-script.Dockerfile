# the build context holds post.sh, which the build step runs after `COPY . .`, but its
# .dockerignore excludes it: BuildKit does not send it, so the folder's post.sh is not the
# file the RUN runs and is not read; the RUN's effect is captured, as without a context
# (node-build-step-script-confined: read, no .dockerignore, nothing captured)
FROM node:20
WORKDIR /app
COPY . .
RUN npm ci && npm run build && sh ./post.sh
CMD ["node", "dist/index.js"]
