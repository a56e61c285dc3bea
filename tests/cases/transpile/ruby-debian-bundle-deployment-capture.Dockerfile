# bundler of the distribution on plain Debian: --deployment fills /app/vendor/bundle
# (the final WORKDIR, copied whole); puma runs through bundle exec
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends ruby ruby-dev ruby-bundler make gcc libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --deployment --without development test
COPY . .
CMD ["bundle", "exec", "puma", "-p", "3000"]
