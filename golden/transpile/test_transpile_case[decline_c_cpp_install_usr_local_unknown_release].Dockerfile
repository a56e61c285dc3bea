# an RPM image other than plain CentOS/Fedora: no same-image C/C++ runner is built for
# it, and its tools are not known to stage what an install adds to /usr/local
FROM amazonlinux:2
RUN yum install -y gcc make && yum clean all
WORKDIR /src
COPY . .
RUN make && make install
CMD ["app"]
