# a build in / writes an output the Dockerfile does not name
FROM node:18
COPY package.json yarn.lock tsconfig.json /
RUN yarn install
COPY src /src
RUN yarn build
CMD ["node", "dist/index.js"]
