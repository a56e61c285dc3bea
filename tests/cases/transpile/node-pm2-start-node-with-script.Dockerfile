# `pm2 start node build/main.js`: pm2 starts node and the app's build/main.js, run by
# node, nothing else (was read as starting the program `node` by name): the slim
# runner and the pruned node_modules serve it as they serve `node build/main.js`
FROM node:18
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install && npm run build
CMD ["pm2", "start", "node", "build/main.js", "--no-daemon"]
