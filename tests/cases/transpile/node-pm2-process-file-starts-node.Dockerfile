# the build context's pm2.json starts server.js (`"script": "server.js"`): read there,
# pm2 runs node on the app's file as `CMD node server.js` does, so the runner is the slim
# image and the dev dependencies are pruned (package.json read)
FROM node:18
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install
EXPOSE 3000
CMD ["pm2-runtime", "start", "pm2.json"]
