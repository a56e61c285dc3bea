# the build removes a file in /usr/local of buildpack-deps:xenial, which the runner (the
# same image with the builder's /usr/local copied over it) would have again
FROM buildpack-deps:xenial
RUN apt-get update && apt-get install -y nodejs npm && rm -rf /usr/local/share/ca-certificates
WORKDIR /app
COPY . .
RUN npm install
CMD ["nodejs", "index.js"]
