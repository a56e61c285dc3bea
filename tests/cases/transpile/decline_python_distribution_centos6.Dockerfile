# CentOS 6 (Python 2.6, an old yum): no same-image runner is built for it
FROM centos:6
RUN yum install -y epel-release && yum install -y python-pip python-devel gcc
COPY . /opt/app
RUN pip install /opt/app
CMD ["python", "-m", "app"]
