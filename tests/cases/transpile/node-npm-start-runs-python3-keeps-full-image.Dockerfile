# the start script (read from the build context) runs python3, which the full node image has
# (buildpack-deps) and node:slim lacks: the runner stays the builder's own image
FROM node:latest
WORKDIR /opt/greeter
COPY package.json ./
RUN npm install
COPY . .
CMD ["npm", "start"]
