# PREFIX in make install's environment, not on its command line: a Makefile that
# assigns PREFIX with = keeps its own, one with ?= takes this; /opt/tool is outside the
# /usr/local the recipe would copy, so where the install went is not known, and the
# capture window that would copy it cannot run on buildpack-deps:wheezy (its dpkg has
# no --verify)
FROM buildpack-deps:wheezy
COPY . /src
WORKDIR /src
RUN make && PREFIX=/opt/tool make install
CMD ["/opt/tool/bin/tool"]
