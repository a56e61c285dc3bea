# jekyll serve builds the site at run time and rebuilds it on change: declined as the
# static-site recipe declines it
FROM ruby:2.6
WORKDIR /site
COPY . .
RUN bundle install
CMD ["bundle", "exec", "jekyll", "serve", "--host", "0.0.0.0"]
