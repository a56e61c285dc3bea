# CentOS 7 with Python from its own packages (EPEL's pip): the runner is the same
# image with the packages installed again minus gcc and the -devel packages, whose
# run-time libraries are read in the builder (no RPM package index is read here); the
# repository epel-release brings is copied before the runner's one install
FROM centos:7
RUN yum install -y epel-release && yum clean all
RUN yum install -y python-pip python-devel gcc postgresql-devel && yum clean all
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
