# CentOS 6 is older than the RPM releases whose same-image runner is built
FROM centos:centos6
RUN yum install -y epel-release && yum install -y nodejs npm
WORKDIR /src
COPY . .
RUN npm install
CMD ["node", "server.js"]
