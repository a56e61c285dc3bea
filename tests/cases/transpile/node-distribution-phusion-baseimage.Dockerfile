# phusion/baseimage:0.11 is Ubuntu bionic with a /usr/local of its own (image data): Node
# from the distribution's packages runs on that very image, nodejs installed again there
# and /usr/local copied over it whole
FROM phusion/baseimage:0.11
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/app
COPY . .
RUN npm install --production
EXPOSE 3000
CMD ["node", "server.js"]
