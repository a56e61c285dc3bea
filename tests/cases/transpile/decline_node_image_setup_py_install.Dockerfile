# On an official Node image the runner is its slim sibling with the app copied: a
# Python tool `setup.py install` put into the system (/usr/local) is not copied, and
# the python3 its script runs on is not in node:18-slim. Declined, as pip is.
FROM node:18
WORKDIR /app
COPY . .
RUN npm install && cd tool && python3 setup.py install
CMD ["node", "server.js"]
