FROM mhart/alpine-node:10 AS builder
RUN apk add --no-cache python make g++ git
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install

FROM mhart/alpine-node:10
RUN apk add --no-cache git
WORKDIR /app
COPY --from=builder /app /app
COPY . .
EXPOSE 8080
CMD ["npm", "start"]
