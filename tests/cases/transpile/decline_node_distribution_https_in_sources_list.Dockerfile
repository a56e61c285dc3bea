FROM debian:stretch
RUN apt-get update && apt-get install -y curl gnupg apt-transport-https \
    && curl -sS https://dl.yarnpkg.com/debian/pubkey.gpg | apt-key add - \
    && echo "deb https://dl.yarnpkg.com/debian/ stable main" >> /etc/apt/sources.list \
    && apt-get update && apt-get install -y nodejs yarn
WORKDIR /app
COPY . .
RUN yarn install
CMD ["node", "server.js"]
