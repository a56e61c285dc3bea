# package.json from the build context: `npm start` runs node, so git (a build tool here)
# may stay in the builder; unread, the rewrite is declined
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y curl git \
    && curl -sL https://deb.nodesource.com/setup_8.x | bash - \
    && apt-get install -y nodejs
WORKDIR /srv/app
COPY . .
RUN npm install
EXPOSE 8080
CMD ["npm", "start"]
