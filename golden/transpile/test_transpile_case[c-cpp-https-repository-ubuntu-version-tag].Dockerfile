# an https apt repository on ubuntu:16.04, a tag naming the release by its number: its
# apt (1.2) needs apt-transport-https to read the builder's copied repositories, so the
# runner installs it with the CA certificates first, from Ubuntu's own sources (the
# codename table alone missed the number, and the runner's apt-get update failed)
FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake apt-transport-https curl ca-certificates \
    && curl -fsSL https://example.org/key.gpg | apt-key add - \
    && echo "deb https://example.org/apt xenial main" > /etc/apt/sources.list.d/example.list \
    && apt-get update && apt-get install -y --no-install-recommends example-lib \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake . && make && make install

FROM ubuntu:16.04
# what apt needs to read the https repositories the build added
# hadolint ignore=DL3008
RUN mkdir -p /var/lib/dtranspile/own-sources && find /etc/apt/sources.list.d -maxdepth 1 '(' -name debian.sources -o -name ubuntu.sources ')' -exec cp {} /var/lib/dtranspile/own-sources/ ';' && apt-get -o Dir::Etc::SourceParts=/var/lib/dtranspile/own-sources update && apt-get -o Dir::Etc::SourceParts=/var/lib/dtranspile/own-sources install -y --no-install-recommends ca-certificates apt-transport-https && rm -rf /var/lib/apt/lists/* /var/lib/dtranspile/own-sources
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
# runtime libraries the binary links against
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
# packages the original installs for run time
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends curl example-lib && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local /usr/local
# libraries were copied to /usr/local/lib
RUN ldconfig
CMD ["/usr/local/bin/tool"]
