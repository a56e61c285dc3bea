# node:20-bookworm pinned by a digest: the tag floats, and the image data shows the yarn
# of its image on the data's date, not necessarily the digest's, so where `yarn global`
# put its packages (the home's .config/yarn before yarn 0.21) is not known
FROM node:20-bookworm@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
WORKDIR /app
RUN yarn global add pm2
COPY . .
RUN yarn install --production
CMD ["pm2-runtime", "server.js"]
