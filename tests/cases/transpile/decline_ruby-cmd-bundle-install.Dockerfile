# the command installs gems when the container starts: it needs the compilers and
# -dev packages the runner leaves in the builder
FROM ruby:2.6
WORKDIR /app
COPY . .
RUN bundle install
CMD bundle install && bundle exec puma
