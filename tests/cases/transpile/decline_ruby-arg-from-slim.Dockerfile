# ruby:$RUBY_VERSION-slim-buster: the runner (the builder's own slim tag) would stay on the
# default 2.6.5 while --build-arg RUBY_VERSION=... moves the builder and its compiled gems
ARG RUBY_VERSION=2.6.5
FROM ruby:$RUBY_VERSION-slim-buster
RUN apt-get update && apt-get install -y build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN bundle install
CMD ["bundle", "exec", "puma"]
