# a script of the context run before the build: its effect outside the copied files
# is not read, and an RPM builder cannot capture it (the capture lists with dpkg)
FROM centos:7
RUN yum install -y gcc make
COPY . /src
RUN /src/setup-system.sh
RUN make -C /src
CMD ["/src/server"]
