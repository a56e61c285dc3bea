# a rake task of the app's Rakefile may compile with the toolchain left in the builder
FROM debian:bullseye
RUN apt-get update && apt-get install -y ruby ruby-dev build-essential
RUN gem install bundler rake-compiler
WORKDIR /app
COPY . .
RUN bundle install
CMD ["bundle", "exec", "rake", "compile"]
