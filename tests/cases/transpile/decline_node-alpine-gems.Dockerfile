# Alpine's gem installs into /usr/lib/ruby/gems among the ruby packages' own gems,
# executables into /usr/bin: not told apart, declined with that reason
FROM node:18-alpine
RUN apk add --no-cache ruby && gem install sass
WORKDIR /app
COPY . /app
RUN npm install
CMD ["node", "server.js"]
