# `yarn config set` writes .yarnrc where the yarn version puts the home (the user's, or
# /usr/local/share for root): the command's yarn reads it, and where it is is not known
FROM node:18
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn config set registry https://registry.npmmirror.com
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build
CMD ["yarn", "start"]
