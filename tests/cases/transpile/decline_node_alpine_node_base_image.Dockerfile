FROM mhart/alpine-node:base-6
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
