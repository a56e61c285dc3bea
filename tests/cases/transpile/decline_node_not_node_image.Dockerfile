FROM centos:7
RUN yum install -y epel-release && yum install -y nodejs npm
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
