# A Docusaurus v1 site (6e83d07a): `yarn start` runs in /app/website and reads the
# pages from ../docs, which the runner must get from the context as the builder did
FROM node:8.11.4 AS builder

WORKDIR /app/website
COPY ./docs /app/docs
COPY ./website /app/website
RUN yarn install

FROM node:8.11.4
WORKDIR /app/website
# files the program may read at run time (config, templates, static files)
COPY ./docs /app/docs
COPY --from=builder /app/website /app/website

EXPOSE 3000 35729

CMD ["yarn", "start"]
