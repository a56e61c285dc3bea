# bower after the build fetches with git, which stays in the builder: that RUN runs in the builder and its effect is captured, not run in the runner
# (package.json from the build context: `npm start` runs node, not git, so git may stay in
# the builder; unread, the rewrite is declined)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y nodejs nodejs-legacy npm git
WORKDIR /usr/app
RUN npm install -g bower
COPY package.json bower.json ./
RUN npm install
RUN bower install --allow-root
COPY . .
CMD ["npm", "start"]
