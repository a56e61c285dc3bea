# the Development Tools group only builds (by the distribution's own naming): it stays
# in the builder, as gcc does
FROM centos:centos7
RUN yum -y groupinstall "Development Tools" && yum -y install python3 python3-devel \
    && yum clean all
COPY . /opt/app
RUN pip3 install /opt/app
CMD ["python3", "-m", "app"]
