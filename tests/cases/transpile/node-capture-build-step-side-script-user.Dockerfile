# the build step, run as node, also runs a script of the project (scripts/icons.js,
# not read): the listing runs as root before that RUN, the RUN as node, and the WORKDIR
# after the build is the runner's
FROM node:20-bookworm
WORKDIR /home/node/app
COPY --chown=node:node . .
USER node
RUN npm ci && node scripts/icons.js && npm run build
WORKDIR /home/node/app/dist
CMD ["node", "server.js"]
