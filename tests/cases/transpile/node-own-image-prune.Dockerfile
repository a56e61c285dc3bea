# a Node image the data does not know, whose own Node runs a build of npm alone: the
# runner is that very image (its Node, npm, C library, USER and ENTRYPOINT are the
# builder's), with the app directory's dev dependencies pruned in the builder
FROM acme/node-base:8
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm install
COPY . .
RUN npm run build
EXPOSE 3000
CMD ["node", "dist/server.js"]
