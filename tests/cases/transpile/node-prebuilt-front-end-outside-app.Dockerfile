# The server in /app serves a front end built outside Docker (build/) and runs the
# helper scripts of bin/: to Node these are the program's files, not outputs the
# build makes again, so the runner copies them from the context as the builder got them
FROM node:18
COPY build /srv/build
COPY bin /opt/tools/bin
WORKDIR /app
COPY package.json .
RUN npm install
COPY . .
CMD ["node", "index.js"]
