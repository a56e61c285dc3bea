# setup.py install runs on a python the build names no package of (Ubuntu's npm drags
# it in through node-gyp and gyp): the runner, which installs the named packages again
# and leaves npm out when the command runs node itself, would not have it.
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y nodejs npm
WORKDIR /app
COPY . .
RUN npm install && cd tool && python setup.py install
CMD ["node", "server.js"]
