# gem install --user-install puts the gems in root's home: not the place carried
FROM node:8
RUN apt-get update && apt-get install -y ruby && gem install --user-install sass
WORKDIR /app
COPY . /app
RUN npm install
CMD ["node", "server.js"]
