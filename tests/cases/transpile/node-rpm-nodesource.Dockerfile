# NodeSource on CentOS 7: the setup script piped to bash writes the repository file and
# key, which the runner copies before its yum install of nodejs (not repeated there)
FROM centos:7
RUN curl -sL https://rpm.nodesource.com/setup_14.x | bash - && yum install -y nodejs
WORKDIR /app
COPY package.json .
RUN npm install --production
COPY . .
CMD ["node", "server.js"]
