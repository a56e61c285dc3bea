FROM ubuntu:18.04
RUN apt-get update && apt-get install -y curl xz-utils \
    && mkdir -p /opt/node \
    && curl -fsSL https://nodejs.org/dist/v10.15.3/node-v10.15.3-linux-x64.tar.xz \
    | tar -xJ -C /opt/node --strip-components=1
ENV PATH=/opt/node/bin:$PATH
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
