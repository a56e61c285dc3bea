# (on gcc:12, whose /usr/local holds the compiler: no capture window either)
# PREFIX in make install's environment, not on its command line: a Makefile that
# assigns PREFIX with = keeps its own, one with ?= takes this; /opt/tool is outside the
# /usr/local the recipe would copy, so where the install went is not known
FROM gcc:12
RUN apt-get update && apt-get install -y --no-install-recommends make \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make && PREFIX=/opt/tool make install
CMD ["/opt/tool/bin/tool"]
