# `bundle exec bin/server` on a full image: the build context shows bin/server is a Ruby
# program (its #! line), so it runs on the slim runner's Ruby; without the context it
# could be a shell script using the full image's programs, and is declined
FROM ruby:2.7
WORKDIR /app
COPY . .
RUN bundle install
CMD ["bundle", "exec", "bin/server"]
