# `gem update --system` rewrites RubyGems in /usr/local/lib/ruby, which the runner has
# only as its own image made it
FROM ruby:2.5
RUN gem update --system && gem install bundler
WORKDIR /app
COPY . .
RUN bundle install
CMD ["bundle", "exec", "puma"]
