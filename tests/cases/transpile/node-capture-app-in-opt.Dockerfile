# Node from Debian's packages, but the app installed in /opt itself: /opt cannot be
# copied whole as the app directory, so the build runs in a capture window (what npm
# wrote there reaches the runner) and the compilers node-gyp used stay in the builder
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm g++ make \
    python3 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt
COPY package.json package-lock.json ./
RUN npm ci
COPY index.js ./
CMD ["node", "index.js"]
