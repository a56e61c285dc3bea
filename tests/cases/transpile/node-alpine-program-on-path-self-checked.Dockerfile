# caddy unpacked into /usr/bin and only started by its own RUN to print its version
# (not a use of the build): `npm run foreman` may start it, so the runner gets it at the
# same path and tests it (corpus 364562e7)
FROM node:20-alpine
WORKDIR /app
RUN apk add --no-cache curl tar
RUN curl --silent --show-error --fail --location -o - \
      "https://caddyserver.com/download/build?os=linux&arch=amd64" \
      | tar --no-same-owner -C /usr/bin/ -xz caddy \
    && chmod 0755 /usr/bin/caddy \
    && /usr/bin/caddy -version
COPY . /app
RUN npm install
CMD npm run foreman
