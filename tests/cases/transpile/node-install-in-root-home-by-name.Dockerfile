# yarn in /root: its package.json, lock file and app.js named, a file touched there by the
# install's RUN; /root's other files (the image's own) are not the app's
FROM node:18-alpine
COPY package.json yarn.lock /root/
RUN cd /root && yarn install --production && touch /root/ready
COPY app.js /root/
WORKDIR /root
CMD ["yarn", "start"]
