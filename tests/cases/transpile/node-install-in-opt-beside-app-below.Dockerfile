# `npm install left-pad` in /opt, then the app in /opt/app: /opt/node_modules is copied by
# name beside the app tree (Node finds it from /opt/app), the app tree once
FROM node:18
WORKDIR /opt
RUN npm install left-pad
WORKDIR /opt/app
COPY package.json server.js ./
RUN npm install
CMD ["node", "server.js"]
