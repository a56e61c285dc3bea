# `npm start` on a capture runner that leaves g++ and make out: the package.json
# script is not read (no build context), so it may run them
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    xz-utils g++ make python3 && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /opt/node \
    && curl -fsSL https://nodejs.org/dist/v20.11.1/node-v20.11.1-linux-x64.tar.xz \
    | tar -xJ -C /opt/node --strip-components=1
ENV PATH=/opt/node/bin:$PATH
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["npm", "start"]
