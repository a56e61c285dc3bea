FROM ubuntu:18.04
RUN apt-get update && apt-get install -y curl xz-utils \
    && curl -fsSL https://nodejs.org/dist/v10.15.3/node-v10.15.3-linux-x64.tar.xz \
    | tar -xJ -C /usr/local --strip-components=1
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
