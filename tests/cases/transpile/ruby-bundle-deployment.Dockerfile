# `bundle install --deployment` puts the gems in the app's vendor/bundle and its
# settings in $BUNDLE_APP_CONFIG/config (/usr/local/bundle/config on the official
# images): both directories go to the runner whole, at the same paths
# (the app's Gemfile.lock, read from the build context, locks no gem that runs a
# program of the full image: without it the rewrite is declined)
FROM ruby:3.1-bookworm
WORKDIR /srv/app
COPY Gemfile Gemfile.lock ./
RUN bundle install --deployment --without development
COPY . .
USER nobody
CMD ["bundle", "exec", "ruby", "server.rb"]
