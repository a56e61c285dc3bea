# make install into /usr/local of a plain centos:7, which holds nothing of its own
# there: the prefix is copied whole to the same image, the loader's cache refreshed
FROM centos:7
RUN yum install -y gcc make && yum clean all
WORKDIR /src
COPY . .
RUN make && make install
CMD ["app"]
