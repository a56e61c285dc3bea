# the captured RUN adds an https apt repository on Ubuntu 16.04 (apt 1.2: https needs
# apt-transport-https) and installs from it: the runner installs the window's packages
# from the builder's repository files, so what apt needs to read them (CA
# certificates, apt-transport-https) comes first, from the distribution's own sources;
# apt-transport-https, a repository helper, is installed again too (the program may
# run apt over https)
FROM ubuntu:16.04
WORKDIR /opt/hashd
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev curl ca-certificates \
    apt-transport-https \
    && curl -fsSL https://example.org/key.gpg | apt-key add - \
    && echo "deb https://example.org/apt xenial main" > /etc/apt/sources.list.d/example.list \
    && apt-get update && apt-get install -y --no-install-recommends example-lib \
    && make && make install PREFIX=/usr \
    && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/usr/bin/hashd"]
