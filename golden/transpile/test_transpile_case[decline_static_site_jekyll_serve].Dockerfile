# a server that regenerates the site at run time: nginx would serve a fixed copy, declined
FROM ruby:3.2
WORKDIR /site
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
RUN bundle exec jekyll build -d /site/out
EXPOSE 4000
CMD ["bundle", "exec", "jekyll", "serve", "--host", "0.0.0.0"]
