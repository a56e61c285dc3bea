FROM node:20-alpine
RUN apk add --no-cache gettext
WORKDIR /app
COPY . .
RUN npm ci && npm run build
CMD envsubst < config.tpl > config.json && exec node dist/index.js
