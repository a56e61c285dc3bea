# the start script (read from the build context) runs /usr/bin/python3 by its absolute path:
# the full node image's Debian python3, which node:slim lacks as it lacks python3 on PATH;
# the runner stays the builder's own image
FROM node:20
WORKDIR /opt/greeter
COPY package.json ./
RUN npm install
COPY . .
CMD ["npm", "start"]
