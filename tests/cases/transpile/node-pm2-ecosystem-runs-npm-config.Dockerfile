# the build context's ecosystem.config.js starts `npm` (`script: 'npm', args: 'start'`):
# read there, pm2 runs npm, which reads the registry `npm config set` wrote in the
# builder (the user's .npmrc), so that file reaches the runner
FROM node:18
RUN npm config set registry https://registry.npmmirror.com
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install
CMD ["pm2-runtime", "start", "ecosystem.config.js"]
