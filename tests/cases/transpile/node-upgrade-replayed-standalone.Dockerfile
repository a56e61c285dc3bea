# the original upgrades node:20-bookworm's Debian packages and installs none: the slim
# runner installs nothing either, so it upgrades its own packages in a RUN of its own first
FROM node:20-bookworm
RUN apt-get update && apt-get -y upgrade && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
