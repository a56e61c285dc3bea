# node:10-stretch's package index is gone from deb.debian.org (HTTP 404 in the package
# data): the runner, which installs nothing, adds no apt-get update that fails there
# (the original's own update fails the same way, but the rewrite must not add a fetch)
FROM node:10-stretch
RUN apt-get update && apt-get -y upgrade && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
