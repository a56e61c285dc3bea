# bundle exec starts a file of the app that is not read (a CI runner's script may run
# the jobs' builds with the compilers the runner leaves in the builder)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y ruby ruby-dev build-essential git libssl-dev
RUN gem install bundler
RUN git clone https://example.com/ci-runner.git /runner && cd /runner && bundle install --deployment
WORKDIR /runner
CMD ["bundle", "exec", "./bin/setup_and_run"]
