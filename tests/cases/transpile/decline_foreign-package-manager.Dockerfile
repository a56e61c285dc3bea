# `apk add` on ubuntu: the original does not build (ubuntu has apt, not apk); the node
# recipe would read the apk names as the image's packages and install them with apt in
# the runner (from corpus 0e00795e)
FROM ubuntu:latest
RUN apk add --update nodejs bash git
COPY package.json /www/package.json
RUN cd /www; npm install
COPY . /www
WORKDIR /www
CMD ["npm", "start"]
