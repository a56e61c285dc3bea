# tini comes from the distribution's package: the runner installs it again and tests it
FROM node:20-alpine AS builder
RUN apk add --no-cache tini
WORKDIR /opt/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-alpine
RUN apk add --no-cache tini
WORKDIR /opt/app
COPY --from=builder /opt/app /opt/app
# the programs the command runs, from the runner's packages: a missing one fails the build, not the container
RUN test -x /sbin/tini
COPY . .
USER node
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "server.js"]
