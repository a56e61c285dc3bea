# `yarn config set` writes .yarnrc where the yarn version puts the home (the user's, or
# /usr/local/share for root): node:18's own yarn (YARN_VERSION 1.22) run as root writes
# /usr/local/share/.yarnrc, carried to the runner, whose `yarn start` reads it
FROM node:18 AS builder
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn config set registry https://registry.npmmirror.com
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build

FROM node:18
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/share/.yarnrc /usr/local/share/.yarnrc
CMD ["yarn", "start"]
