# risingstack/alpine:3.4-v6.9.4-4.2.0 (image data from RisingStack/docker-node: the tag
# v4.2.0's circle.yml pushes alpine/3.4-v6.9.4, whose Dockerfile builds Node 6.9.4 with
# npm into /usr on Alpine 3.4 and sets WORKDIR /usr/src/node-app): the app directory is
# known, and the runner is the builder's own tag (no other image has that Node there)
FROM risingstack/alpine:3.4-v6.9.4-4.2.0 AS builder
ENV PORT="3001"
COPY package.json package.json
RUN npm install
COPY . .
RUN npm run build

FROM risingstack/alpine:3.4-v6.9.4-4.2.0
COPY --from=builder /usr/src/node-app /usr/src/node-app
ENV PORT="3001"
EXPOSE 3001
CMD ["node", "dist/"]
