# node:16's own npm is 8.x, which writes `npm config set` to the user's .npmrc only
# (npm 9 alone may write the project's): /root/.npmrc is surely written and carried to
# the runner, whose `npm start` reads the registry there (2b85ec45 on node:8.11.3)
FROM node:16
WORKDIR /srv/app
COPY package*.json ./
RUN npm config set registry https://registry.npmmirror.com
RUN npm ci
COPY . .
CMD ["npm", "start"]
