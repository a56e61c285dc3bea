# package.json is read from the build context: `npm start` runs node, so the build tools
# the runner leaves out (python, make, g++) are not needed at run time (without the
# context the rewrite is declined: decline_node-npm-start-unread-keeps-build-tools)
FROM mhart/alpine-node:10 AS builder
RUN apk add --no-cache python make g++ git
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install && npm prune --production

FROM mhart/alpine-node:10
RUN apk add --no-cache git libatomic libgomp
WORKDIR /app
COPY --from=builder /app /app
COPY . .
EXPOSE 8080
CMD ["npm", "start"]
