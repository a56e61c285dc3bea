# pm2 starts what pm2.json names, not read without a build context: such a file often
# runs `npm start` (`"script": "npm", "args": "start"`), whose npm reads the registry
# `npm config set` wrote in the builder, so that file reaches the runner as it does for
# `CMD npm start` (62dc87ab, 723f9c52)
FROM node:18
RUN npm config set registry https://registry.npmmirror.com
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install
CMD ["pm2-runtime", "start", "pm2.json"]
