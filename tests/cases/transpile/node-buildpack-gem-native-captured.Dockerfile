# Node from its release tarball on buildpack-deps, Debian's ruby: the gem install
# may compile a native extension with ruby-dev, which the runner leaves out, so it
# is not repeated in the runner: its effect (/var/lib/gems, /usr/local/bin) is
# captured in the builder
FROM buildpack-deps:bookworm
RUN curl -fsSL https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.xz \
    | tar -xJ -C /usr/local --strip-components=1
RUN apt-get update && apt-get install -y ruby ruby-dev
RUN gem install redcarpet
WORKDIR /app
COPY . /app
RUN npm install
CMD ["node", "server.js"]
