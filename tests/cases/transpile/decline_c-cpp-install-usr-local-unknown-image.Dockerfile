# make install into /usr/local of an image the data does not know, whose Dockerfile
# installs no package that shows its distribution: it may keep files of its own there,
# and no Debian or Ubuntu release whose tools could stage what the install adds is shown
FROM example/r-base
COPY . /usr/local/tractor/
WORKDIR /usr/local/tractor
RUN make install
CMD ["/usr/local/bin/tractor"]
