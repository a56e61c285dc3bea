FROM node:20-alpine AS builder
RUN apk add --no-cache gettext
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20-alpine
RUN apk add --no-cache gettext
WORKDIR /app
COPY --from=builder /app /app
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN command -v envsubst >/dev/null && command -v node >/dev/null
CMD envsubst < config.tpl > config.json && exec node dist/index.js
