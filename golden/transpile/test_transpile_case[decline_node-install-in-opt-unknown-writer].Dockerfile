# wget writes into /opt, where the install runs: what it writes is not known, and the
# runner, which copies only the named paths there, could miss it
FROM node:18
WORKDIR /opt
COPY package.json ./
RUN wget -q https://example.com/data.json && npm install
COPY index.js ./
CMD ["node", "index.js"]
