# make in a directory a command substitution names (the recipe cannot follow it), the
# binary copied by a glob and run by a path relative to the WORKDIR: tested there
# (test -x) after the capture
FROM debian:bullseye
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libcurl4-openssl-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /opt/fetchd
RUN cd "$(ls -d /src/server*)" && make && mkdir -p /opt/fetchd/bin && cp build/fetchd* /opt/fetchd/bin/
CMD ["./bin/fetchd", "--once"]
