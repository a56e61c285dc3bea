# pm2 starting a plain node script runs node on that file: the slim runner and the
# pruned node_modules serve it as they serve `node server.js`
FROM node:18
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install
EXPOSE 3000
CMD ["pm2-runtime", "start", "server.js", "--name", "web"]
