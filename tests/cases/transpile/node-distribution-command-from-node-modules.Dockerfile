# The command runs gulp from node_modules, usually a development dependency: with
# package.json not read, the dev dependencies stay (no npm prune)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY package.json /build/
RUN npm install
COPY . /build
CMD ["nodejs", "./node_modules/gulp/bin/gulp.js", "serve"]
