# with --context (the sidecar holds start.sh), an entry script on the full node image
# is read for the full image's programs only and is no output of the build: the reason
# says so, not that the build context was not given
FROM node:20
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
COPY start.sh /start.sh
CMD ["/start.sh"]
