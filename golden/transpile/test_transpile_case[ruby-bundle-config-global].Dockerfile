# `bundle config` without --local writes the user's global settings (~/.bundle/config),
# which bundler reads at run time too (BUNDLE_WITHOUT there decides which groups
# Bundler.setup wants): the file goes to the runner at the same path
FROM ruby:3.1-slim-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle config set without 'development test' && bundle install

FROM ruby:3.1-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libatomic1 libgomp1 libsqlite3-0 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
COPY --from=builder /app /app
COPY --from=builder /root/.bundle/config /root/.bundle/config
COPY . .
CMD ["bundle", "exec", "ruby", "app.rb"]
