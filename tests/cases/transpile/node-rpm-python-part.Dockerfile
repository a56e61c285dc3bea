# Node and a pip install on CentOS 7: the Python part's files among the distribution's
# are staged with the interpreter the builder has (CentOS 7's yum runs on `python`)
FROM centos:7
RUN yum install -y epel-release && yum install -y nodejs npm python3-pip gcc-c++ make
RUN pip3 install awscli
WORKDIR /app
COPY package.json .
RUN npm install --production
COPY . .
CMD ["node", "server.js"]
