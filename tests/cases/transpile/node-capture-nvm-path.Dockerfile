# Node from nvm on a plain ubuntu image, put on the PATH by ENV: the build runs in a
# capture window, so nvm's Node under /root/.nvm reaches the runner with what npm
# wrote; the compilers and git node-gyp needed stay in the builder
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    build-essential python3 git && rm -rf /var/lib/apt/lists/*
ENV NVM_DIR=/root/.nvm NODE_VERSION=18.19.0
RUN curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash \
    && . "$NVM_DIR/nvm.sh" && nvm install "$NODE_VERSION"
ENV PATH=$NVM_DIR/versions/node/v$NODE_VERSION/bin:$PATH
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
