# `CMD ["make", "start"]` runs a Makefile target at run time: make is a build tool the
# runner leaves in the builder, and what the target runs is not read
FROM node:20
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["make", "start"]
