# a Node image the data does not know, whose own Node runs a build of npm alone: the
# runner is that very image (its Node, npm, C library, USER and ENTRYPOINT are the
# builder's), with the app directory's dev dependencies pruned in the builder
FROM acme/node-base:8 AS builder
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm install
COPY . .
RUN npm run build && npm prune --production

FROM acme/node-base:8
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
# the programs the command runs, the image's own: a missing one fails the build, not the container
RUN command -v node >/dev/null
EXPOSE 3000
CMD ["node", "dist/server.js"]
