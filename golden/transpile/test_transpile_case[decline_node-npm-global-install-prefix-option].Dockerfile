# a global install with npm's --prefix before the subcommand is read as a global install
# (not the subcommand `/opt/tools`): its prefix is not npm's /usr/local, so where its
# programs land is not followed
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm --prefix /opt/tools -g install typescript && npm ci
CMD ["node", "index.js"]
