# an install from a repository enabled on the command line only
FROM centos:7
RUN yum install -y --enablerepo=centosplus python3 python3-devel gcc
COPY . /opt/app
RUN pip3 install /opt/app
CMD ["python3", "-m", "app"]
