# the apt-get install runs after USER: the image's own default user is not known, so
# the runner's package install may not run as root
FROM acme/web-base:4
USER root
RUN apt-get update && apt-get install -y nodejs npm build-essential
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["node", "index.js"]
