# an unknown Node image with a production install: the runner would be that very image
# holding all the builder holds (nothing to gain)
FROM acme/node-base:8
WORKDIR /usr/src/app
COPY . .
RUN npm install --production
CMD ["node", "server.js"]
