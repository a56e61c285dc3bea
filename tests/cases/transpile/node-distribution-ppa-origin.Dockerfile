# nodejs from a PPA the build adds (and a sources.list the build rewrites): the runner
# copies the builder's /etc/apt and installs nodejs again from those sources; --explain
# names lines 5 and 6 as where the packages come from, not the distribution's own
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y software-properties-common && add-apt-repository ppa:chris-lea/node.js
RUN echo "deb http://archive.ubuntu.com/ubuntu xenial main universe" > /etc/apt/sources.list
RUN apt-get update && apt-get install -y nodejs
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["node", "server.js"]
