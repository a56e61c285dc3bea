# an unknown image proven Debian-family whose Node is its own (no nodejs package is
# installed): where that Node and its global prefix live is not shown
FROM acme/node-runtime:10
RUN apt-get update && apt-get install -y build-essential python
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["node", "index.js"]
