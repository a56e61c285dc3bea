# NodeSource's repository on an image the data does not know, proven Debian-family by
# the apt-get install at line 6: the runner is that very image, its apt reads the
# builder's NodeSource list and key; git stays in the builder (package.json's start
# script runs node)
FROM registry.example.com/acme/base:2019
RUN apt-get update && apt-get install -y curl git \
    && curl -sL https://deb.nodesource.com/setup_8.x | bash - \
    && apt-get install -y nodejs
WORKDIR /srv/app
COPY . .
RUN npm install
EXPOSE 8080
CMD ["npm", "start"]
