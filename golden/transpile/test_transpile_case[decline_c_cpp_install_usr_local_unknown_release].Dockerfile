# /usr/local of centos:7 is the image's own and its tools are not known to stage an install
FROM centos:7
RUN yum install -y gcc make && yum clean all
WORKDIR /src
COPY . .
RUN make && make install
CMD ["app"]
