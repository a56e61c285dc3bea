# tini comes from the distribution's package: the runner installs it again and tests it
FROM node:20-alpine
RUN apk add --no-cache tini
WORKDIR /opt/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "server.js"]
