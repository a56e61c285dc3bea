# an unknown image proven Debian-family whose Node is its own (no nodejs package is
# installed): the runner is that very image, so its Node is there; the build runs in
# a capture window (what npm wrote outside /srv/app reaches the runner) and the
# compilers node-gyp used stay in the builder
FROM acme/node-runtime:10
RUN apt-get update && apt-get install -y build-essential python
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["node", "index.js"]
