# Node from EPEL on centos:7 with the whole context copied before `npm install`: the
# runner is centos:7 with nodejs installed again; without a context package.json is not
# read, so the dev dependencies stay with the app
FROM centos:7
RUN yum install -y epel-release && yum install -y nodejs npm
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
