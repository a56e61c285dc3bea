# `COPY . /` puts into / names the Dockerfile does not show: / cannot be copied whole
# (it holds the system) and what the app is there is not known
FROM node:18
COPY . /
RUN npm install
CMD ["node", "index.js"]
