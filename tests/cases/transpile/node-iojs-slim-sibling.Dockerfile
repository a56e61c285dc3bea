FROM iojs:3.3
WORKDIR /app
COPY package.json /app/
RUN npm install
COPY . /app
CMD ["node", "server.js"]
