FROM node:18 AS builder
WORKDIR /srv/api
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY tsconfig.json ./
COPY src ./src
RUN yarn tsc -p . && yarn install --production --ignore-scripts --prefer-offline

FROM node:18-slim
WORKDIR /srv/api
COPY --from=builder /srv/api /srv/api
ENV NODE_ENV=production
CMD ["node", "dist/main.js"]
