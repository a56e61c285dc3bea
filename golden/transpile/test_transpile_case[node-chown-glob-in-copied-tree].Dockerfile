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
USER root
# /src as an empty directory with its owner and mode here, for the runner (a copy keeps a child's owner and mode, not its target's)
RUN mkdir -p /var/lib/dtranspile/workdir && if [ -d /src ]; then mkdir /var/lib/dtranspile/workdir/src && chown "$(stat -c %u:%g /src)" /var/lib/dtranspile/workdir/src && chmod "$(stat -c %a /src)" /var/lib/dtranspile/workdir/src; fi
USER app

FROM node:18-alpine
WORKDIR /src
COPY --from=builder /src /src
# /src with the original's owner and mode (a WORKDIR or a copy here makes it root's 0755)
COPY --from=builder /var/lib/dtranspile/workdir /
RUN addgroup -S app && adduser -S -G app app
RUN chown -R app:app /src/
COPY . /src/
RUN chown -R app:app /src/*
USER app
CMD ["node", "server.js"]
