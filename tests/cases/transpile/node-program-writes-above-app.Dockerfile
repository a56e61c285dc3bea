# `nodecg setup`, a program of the global installs, installs NodeCG into the directory
# it runs in (/home/node/app); the bundle's `npm i` runs below it.  The command runs
# NodeCG from /home/node/app, so that directory is the app, copied whole: what the
# program wrote there is not known
FROM node:20
WORKDIR /home/node/app
RUN npm i -g nodecg-cli
RUN nodecg setup
WORKDIR /home/node/app/bundles/speedcontrol
COPY package*.json ./
RUN npm i
COPY . .
RUN npm run build
WORKDIR /home/node/app
EXPOSE 9090
CMD nodecg start
