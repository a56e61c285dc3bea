# the first npm install (a sub-project) makes the app directory; the second runs in the
# parent, whose node_modules the command loads: the parent reaches the runner as the
# build left it (the later `rm -rf /var/lib/apt/lists/*` removes nothing there); the
# build context shows src/cluster/package.json, where the first installs (npm_prefix)
FROM node:20-slim
WORKDIR /se-scraper
COPY . .
RUN cd src/cluster && npm install && npm run build
RUN npm install --ignore-scripts
RUN apt-get clean && rm -rf /var/lib/apt/lists/*
CMD ["node", "server/server.js"]
