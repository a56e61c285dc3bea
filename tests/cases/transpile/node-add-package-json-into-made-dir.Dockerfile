# `ADD package.json /app` after `RUN mkdir /app`: /app is a directory the stage made, so
# the file lands at /app/package.json and is read from the build context; its start
# script runs node on the app's own file, so the runner is the slim sibling (before,
# /app was taken for the file's own name, package.json went unread and the full image
# was kept)
FROM node:20
RUN mkdir /app
RUN mkdir /app/server
ADD server/. /app/server
ADD package.json /app
WORKDIR /app
RUN npm install
CMD ["npm", "start"]
