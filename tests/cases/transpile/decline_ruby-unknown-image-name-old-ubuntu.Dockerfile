# an image the data does not know, proven Debian-family by its apt-get install; its name
# (quantal64: Ubuntu 12.10 for 64-bit) names a release whose dpkg has no --verify, so
# the capture's build-time test of dpkg would fail a build the original passes: declined
FROM example/quantal64-ruby1.9.3
RUN apt-get install -y ruby-dev build-essential
WORKDIR /app
COPY . .
RUN bundle install --without development test
CMD ["bundle", "exec", "rackup", "-p", "8080"]
