# a RUN before the build whose program writes into the app directory and elsewhere (a
# bundler): repeated after the runner's copy it would write over what the build left, so
# it runs in the builder and its effect outside /app (/opt/bundler) is captured
FROM alpine:3.18
RUN apk add --no-cache curl nodejs npm
COPY . /src
RUN curl -fsSL https://example.com/bundler.tar.gz | tar -xz -C /opt && /opt/bundler/bin/bundle /src --out /app
WORKDIR /app
RUN npm install
CMD ["node", "main.js"]
