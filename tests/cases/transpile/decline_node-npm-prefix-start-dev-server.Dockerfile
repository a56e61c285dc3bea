# `npm --prefix /opt/site start` (run from /) runs the start script of /opt/site/package.json,
# read from the build context: it starts nodemon, a development server
FROM node:18
WORKDIR /opt/site
COPY . .
RUN npm ci
WORKDIR /
CMD ["npm", "--prefix", "/opt/site", "start"]
