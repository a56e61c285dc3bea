# npm in / (no WORKDIR): / holds the system and is not copied whole, but every path the
# build put there is named (package.json and server.js from the context, views/ into a
# new path, node_modules by npm, logs/ by mkdir): the runner copies exactly those
FROM node:18
COPY package.json package-lock.json /
RUN npm ci --omit=dev
COPY server.js /
COPY views /views
RUN mkdir /logs
CMD ["node", "server.js"]
