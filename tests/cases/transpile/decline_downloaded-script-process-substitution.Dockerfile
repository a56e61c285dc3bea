# a shell handed a process substitution of a download as its script (`bash <(wget -qO-
# URL)`) runs what the download prints: not read, as a pipe into the shell is not
FROM node:20
WORKDIR /app
COPY . .
RUN npm ci \
    && bash <(wget -qO- https://example.com/setup.sh) \
    && npm run build
CMD ["node", "dist/index.js"]
