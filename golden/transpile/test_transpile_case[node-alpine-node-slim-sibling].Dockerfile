FROM mhart/alpine-node:10 AS builder
WORKDIR /app
COPY . .
RUN npm install

FROM mhart/alpine-node:slim-10
WORKDIR /app
COPY --from=builder /app /app
CMD ["node", "index.js"]
