# `CMD ["/usr/bin/ruby"]` gives ruby no program: it reads one from standard input, an
# interpreter image whose users run code of their own (a gem with a native extension
# needs ruby-dev and the compilers the runner would leave in the builder)
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends ruby ruby-dev build-essential \
    && gem install bundler
CMD ["/usr/bin/ruby"]
