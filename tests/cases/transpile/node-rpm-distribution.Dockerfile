# Node from EPEL on CentOS 7: the runner is centos:7 itself with nodejs installed again
# from the same repositories (EPEL's release package and repository files copied first);
# the compilers and npm (the command runs node itself) stay in the builder
FROM centos:7
RUN yum install -y epel-release && yum install -y nodejs npm gcc-c++ make
WORKDIR /app
COPY package.json .
RUN npm install --production
COPY . .
CMD ["node", "server.js"]
