# the build RUN ends in `;`: the prune the transpiler appends joins it without a syntax
# error (`a ; && b`)
FROM node:20-alpine AS builder
WORKDIR /opt/web
COPY package.json .
RUN apk add --no-cache python3 make g++ \
    && npm install \
    && apk del python3 make g++ \
    ;

FROM node:20-alpine
WORKDIR /opt/web
COPY --from=builder /opt/web /opt/web
COPY . .
CMD ["node", "server.js"]
