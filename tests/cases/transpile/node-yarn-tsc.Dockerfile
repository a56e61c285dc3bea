FROM node:18
WORKDIR /srv/api
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY tsconfig.json ./
COPY src ./src
RUN yarn tsc -p .
ENV NODE_ENV=production
CMD ["node", "dist/main.js"]
