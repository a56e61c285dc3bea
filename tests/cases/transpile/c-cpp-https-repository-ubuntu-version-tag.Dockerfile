# an https apt repository on ubuntu:16.04, a tag naming the release by its number: its
# apt (1.2) needs apt-transport-https to read the builder's copied repositories, so the
# runner installs it with the CA certificates first, from Ubuntu's own sources (the
# codename table alone missed the number, and the runner's apt-get update failed)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake apt-transport-https curl ca-certificates \
 && curl -fsSL https://example.org/key.gpg | apt-key add - \
 && echo "deb https://example.org/apt xenial main" > /etc/apt/sources.list.d/example.list \
 && apt-get update && apt-get install -y --no-install-recommends example-lib \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake . && make && make install
CMD ["/usr/local/bin/tool"]
