FROM mhart/alpine-node:10
WORKDIR /app
COPY . .
RUN npm install -g pm2 && npm install
CMD ["pm2-runtime", "index.js"]
