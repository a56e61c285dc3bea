# Node from EPEL on CentOS 7: the same-image runner of RPM images serves Python and
# C/C++ builds only; npm's global prefix and the Node packages of CentOS are not read here
FROM centos:7
RUN yum install -y epel-release && yum install -y nodejs npm gcc-c++ make
WORKDIR /app
COPY package.json .
RUN npm install --production
COPY . .
CMD ["node", "server.js"]
