# npm@10 over the image's npm: yarn start runs `npm run serve` (package.json), which would
# run the runner's npm, not the one the build installed
FROM node:18-bookworm
RUN npm install -g npm@10
WORKDIR /usr/src/app
COPY package.json /usr/src/app/
RUN npm install
COPY . /usr/src/app
RUN npm run build
CMD ["yarn", "start"]
