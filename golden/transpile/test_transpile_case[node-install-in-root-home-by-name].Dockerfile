# yarn in /root: its package.json, lock file and app.js named, a file touched there by the
# install's RUN; /root's other files (the image's own) are not the app's
FROM node:18-alpine AS builder
COPY package.json yarn.lock /root/
RUN cd /root && yarn install --production && touch /root/ready && mkdir -p /root/node_modules

FROM node:18-alpine
WORKDIR /root
COPY --from=builder /root/node_modules /root/node_modules
COPY --from=builder /root/package.json /root/package.json
COPY --from=builder /root/ready /root/ready
COPY --from=builder /root/yarn.lock /root/yarn.lock
COPY app.js /root/
CMD ["yarn", "start"]
