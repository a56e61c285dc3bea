# a yum group other than Development Tools: its packages are not read here, so the
# runner's install by name cannot give the original's
FROM centos:7
RUN yum -y groupinstall "Compatibility Libraries" && yum -y install python3 gcc
COPY . /opt/app
RUN pip3 install /opt/app
CMD ["python3", "-m", "app"]
