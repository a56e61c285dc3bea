# Node from its release tarball on buildpack-deps, Debian's ruby: nothing the runner
# leaves out, so the gem install is repeated in the runner (the builder's own image
# with ruby installed again)
FROM buildpack-deps:bookworm
RUN curl -fsSL https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.xz \
    | tar -xJ -C /usr/local --strip-components=1
RUN apt-get update && apt-get install -y ruby
RUN gem install sass
WORKDIR /app
COPY . /app
RUN npm install
CMD ["node", "server.js"]
