# npm is the only Node package named (Debian's npm depends on nodejs): the runner
# installs npm again although the command runs node, or it would have no node
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends npm
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "server.js"]
