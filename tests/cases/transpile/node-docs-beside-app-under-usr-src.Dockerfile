# The Docusaurus layout under /usr/src/app, the Node image's place for the program:
# `yarn start` in website/ reads ../docs, so /usr/src is no place of a library's sources
# here, and the runner gets the docs from the context as the builder did
FROM node:8.11.4

WORKDIR /usr/src/app/website
COPY ./docs /usr/src/app/docs
COPY ./website /usr/src/app/website
RUN yarn install

EXPOSE 3000
CMD ["yarn", "start"]
