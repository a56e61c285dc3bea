# `npm config set` writes /root/.npmrc in a RUN that stays in the builder; `npm start`
# reads it in the runner (the registry; unsafe-perm on npm before 7): carried
FROM node:18 AS builder
WORKDIR /app
COPY package*.json ./
RUN npm config set registry https://registry.npmmirror.com
RUN npm ci
COPY . .
RUN npm run build && mkdir -p /opt/dtranspile-npm-config && { [ ! -e /root/.npmrc ] || { mkdir -p /opt/dtranspile-npm-config/root && cp -p /root/.npmrc /opt/dtranspile-npm-config/root/; }; }

FROM node:18
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /opt/dtranspile-npm-config /
CMD ["npm", "start"]
