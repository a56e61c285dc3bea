# npm's global configuration (/usr/local/etc/npmrc on the node images) and a .npmrc
# written with echo: both read by the npm the command runs, both carried
FROM node:18 AS builder
WORKDIR /app
COPY package*.json ./
RUN npm config set --global fund false && echo "loglevel=warn" > /root/.npmrc
RUN npm ci
COPY . .
RUN npm run build

FROM node:18
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/etc/npmrc /usr/local/etc/npmrc
COPY --from=builder /root/.npmrc /root/.npmrc
CMD npm run serve
