# `chown -R app:app /src/*` after `COPY . /src/`: the pattern is in the last name only
# and /src is a tree the runner has whole (the builder's app directory, then the same
# context copy), so it matches there what it matched in the original.
FROM node:18-alpine
RUN addgroup -S app && adduser -S -G app app
COPY package.json /src/
RUN chown -R app:app /src/
USER app
WORKDIR /src
RUN npm install
USER root
COPY . /src/
RUN chown -R app:app /src/*
USER app
CMD ["node", "server.js"]
