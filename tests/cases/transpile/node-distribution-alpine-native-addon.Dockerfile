FROM alpine:3.18
RUN apk add --no-cache nodejs npm python3 make g++ vips-dev
WORKDIR /usr/src/app
COPY package.json .
RUN npm install --omit=dev
RUN npm install -g pm2
COPY . .
EXPOSE 8080
CMD ["pm2-runtime", "index.js"]
