# The app's Gemfile.lock (build context) locks mini_magick, which runs ImageMagick's
# convert: the full ruby image has it (buildpack-deps), its slim sibling does not, so
# the runner is the builder's own image (the build's caches and -dev packages it
# installs stay behind)
FROM ruby:2.6.5 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install

FROM ruby:2.6.5
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
COPY --from=builder /app /app
COPY . .
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
