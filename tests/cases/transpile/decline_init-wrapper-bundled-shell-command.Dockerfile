# dumb-init starts `bash -euxc "..."`: a shell command behind bundled options, which is
# not followed (as `bash -c`)
FROM node:20-alpine
RUN apk add --no-cache dumb-init bash
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build
CMD /usr/bin/dumb-init bash -euxc "node dist/migrate.js && node dist/server.js"
