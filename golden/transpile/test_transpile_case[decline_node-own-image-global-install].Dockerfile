# an unknown Node image with a global install: where its npm puts global packages and
# their programs is not known
FROM acme/node-base:8
RUN npm install -g pm2
WORKDIR /usr/src/app
COPY . .
RUN npm install
CMD ["pm2-runtime", "server.js"]
