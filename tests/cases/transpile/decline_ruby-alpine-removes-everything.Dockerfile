# the build removes every package it installs in the same RUN: the builder is already
# the runner the recipe would choose, so a second stage saves nothing
FROM ruby:2.6-alpine3.10
WORKDIR /app
COPY . .
RUN apk add --no-cache --virtual .build build-base && bundle install && apk del .build
CMD ["ruby", "app.rb"]
