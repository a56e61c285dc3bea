# bcrypt compiles a native addon against musl: the runner must stay alpine
FROM node:20-alpine3.19 AS builder
RUN apk add --no-cache python3 make g++
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm install

FROM node:20-alpine3.19
RUN apk add --no-cache libatomic libgomp
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
COPY . .
ENV NODE_ENV=production PORT=8080
EXPOSE 8080
CMD ["node", "server.js"]
