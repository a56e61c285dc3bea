# PREFIX in make install's environment, not on its command line: a Makefile that
# assigns PREFIX with = keeps its own, one with ?= takes this, so where the install went
# is not known to the recipe.  gcc:12 keeps its compiler in /usr/local: the build runs
# in a capture window on that very image, which is also the runner (what the install
# wrote, wherever it went, is copied; the image's own files are the runner's already)
FROM gcc:12
RUN apt-get update && apt-get install -y --no-install-recommends make \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make && PREFIX=/opt/tool make install
CMD ["/opt/tool/bin/tool"]
