# a C/C++ build with Python bindings: python-dev, which the tables call a build tool,
# is another language's (the bindings' headers); on Ubuntu 18.04, whose archive has
# python-dev as a package of its own depending on the python interpreter, the runner
# installs that interpreter (the captured module runs on it) and the headers stay in
# the builder with the compilers
FROM ubuntu:18.04
WORKDIR /opt/geom
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends build-essential swig python-dev \
    && make && make install PREFIX=/usr \
    && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/usr/bin/geomd"]
