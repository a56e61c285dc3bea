# the build context's ecosystem.config.js starts ./start.sh: read there, pm2 runs a
# program other than node on the app's files, which may use the full image's programs
# or a dev dependency, so the runner is node:18 itself and the dev dependencies stay
FROM node:18
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install
CMD ["pm2-runtime", "start", "ecosystem.config.js"]
