# `chown -R app:app /src/*` after `COPY . /src/`: the pattern is in the last name only
# and /src is a tree the runner has whole (the builder's app directory, then the same
# context copy), so it matches there what it matched in the original.
FROM node:18-alpine AS builder
RUN addgroup -S app && adduser -S -G app app
COPY package.json /src/
RUN chown -R app:app /src/
USER app
WORKDIR /src
RUN npm install

FROM node:18-alpine
COPY --from=builder /src /src
WORKDIR /src
RUN addgroup -S app && adduser -S -G app app
RUN chown -R app:app /src/
COPY . /src/
RUN chown -R app:app /src/*
USER app
CMD ["node", "server.js"]
