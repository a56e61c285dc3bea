# an unknown Node image and no WORKDIR: the install runs in the image's own WORKDIR,
# which the data does not show, so the app directory cannot be named
FROM acme/node-base:8
COPY . .
RUN npm install
CMD ["node", "server.js"]
