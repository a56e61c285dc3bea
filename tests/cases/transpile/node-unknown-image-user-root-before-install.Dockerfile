# the apt-get install runs after USER root, the first instruction: the image's own
# default user is not known, and not needed: the runner sets USER root before its setup
# (so its WORKDIR is made as root, as the original's was) and runs as root, as the
# original's container did (one USER root, not two)
FROM acme/web-base:4
USER root
RUN apt-get update && apt-get install -y nodejs npm build-essential
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["node", "index.js"]
