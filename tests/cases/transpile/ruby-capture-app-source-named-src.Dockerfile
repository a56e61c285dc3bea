# A Rails app whose whole source is the context's src/ (30b2efb4): the builder runs
# bundle install in /srv with its effect captured, and the runner needs /srv itself,
# whatever the directory was called in the context
FROM ubuntu:16.04

RUN apt-get update \
    && apt-get install -y --no-install-recommends ruby ruby-dev ruby-bundler build-essential zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*

COPY ./src /srv/
WORKDIR /srv/
RUN bundle install

EXPOSE 3000
CMD ["/usr/local/bin/rails", "server", "-b", "0.0.0.0"]
