# bower after the build fetches with git, which the original keeps and so does the runner
# (a version-control client the original keeps stays, on every path): the RUN is repeated
# in the runner, where bower and git both are, instead of being captured in the builder
# (package.json from the build context: `npm start` runs node; unread, it is declined)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y nodejs nodejs-legacy npm git
WORKDIR /usr/app
RUN npm install -g bower
COPY package.json bower.json ./
RUN npm install
RUN bower install --allow-root
COPY . .
CMD ["npm", "start"]
