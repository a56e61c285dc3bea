# A Docusaurus v1 site (6e83d07a): `yarn start` runs in /app/website and reads the
# pages from ../docs, which the runner must get from the context as the builder did
FROM node:8.11.4

WORKDIR /app/website

EXPOSE 3000 35729
COPY ./docs /app/docs
COPY ./website /app/website
RUN yarn install

CMD ["yarn", "start"]
