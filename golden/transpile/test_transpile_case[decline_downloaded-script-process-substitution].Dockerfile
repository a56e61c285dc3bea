# a shell handed a process substitution of a download as its script (`bash <(wget -qO-
# URL)`) runs what the download prints: not read, as a pipe into the shell is not (before
# the build; in the build step's own RUN it is captured, as test_unread_scripts shows)
FROM node:20
WORKDIR /app
COPY . .
RUN bash <(wget -qO- https://example.com/setup.sh)
RUN npm ci \
    && npm run build
CMD ["node", "dist/index.js"]
