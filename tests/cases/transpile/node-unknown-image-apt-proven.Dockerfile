# Node from the distribution's packages on an image the data does not know: the apt-get
# install at line 6 proves it Debian-family, so the runner is that very image (no Node
# version needs to be known) with nodejs installed again, without build-essential and
# python (node-gyp's tools: the command runs node itself)
FROM acme/web-base:4
RUN apt-get update && apt-get install -y nodejs npm build-essential python
WORKDIR /srv/app
COPY package.json package-lock.json ./
RUN npm ci --production
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
