# an unknown Node image whose build installs packages: its family and release are not
# known, so which packages the program needs at run time is not either
FROM acme/alpine-node:8
RUN apk add --no-cache python make g++
WORKDIR /usr/src/app
COPY . .
RUN npm install
CMD ["node", "server.js"]
