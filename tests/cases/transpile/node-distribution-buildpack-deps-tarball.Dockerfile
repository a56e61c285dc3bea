# buildpack-deps:xenial (Ubuntu xenial, image data) with a nodejs.org tarball unpacked into
# /usr/local: the runner is the builder's own image with /usr/local copied over it
FROM buildpack-deps:xenial
RUN wget -q https://nodejs.org/dist/v7.3.0/node-v7.3.0-linux-x64.tar.xz \
    && tar -xJf node-v7.3.0-linux-x64.tar.xz -C /usr/local --strip-components=1 \
    && rm node-v7.3.0-linux-x64.tar.xz
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
