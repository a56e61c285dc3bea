# `cd server && npm ci`, then the context copied over and built: /app reaches the runner
# as the build left it (npm writes there after the copy), server/ and its node_modules
# with it, so the app directory /app/server is not copied a second time (its
# node_modules were in two layers of the runner)
FROM node:20-bookworm
WORKDIR /app
COPY server/package.json server/package-lock.json server/
RUN cd server && npm ci
COPY . .
RUN cd server && npm run build
CMD ["node", "server/dist/index.js"]
