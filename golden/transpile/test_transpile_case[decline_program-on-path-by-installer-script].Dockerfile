# the AWS CLI bundle's own installer puts /usr/local/bin/aws (a link into the virtualenv
# it makes in /usr/local/aws, on the builder's python): what else it writes is not read
# (corpus 3bbe8e42)
FROM node:8-alpine
WORKDIR /app
RUN apk add --update python python-dev curl unzip \
    && cd /tmp \
    && curl "https://s3.amazonaws.com/aws-cli/awscli-bundle.zip" -o "awscli-bundle.zip" \
    && unzip awscli-bundle.zip \
    && ./awscli-bundle/install -i /usr/local/aws -b /usr/local/bin/aws \
    && rm -rf awscli-bundle.zip awscli-bundle
COPY package.json package-lock.json /app/
RUN npm install
COPY . /app
CMD ["node", "server.js"]
