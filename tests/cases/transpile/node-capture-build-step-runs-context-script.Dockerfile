# a script of the build context run in the build step's RUN, beside npm ci and the
# build: what it writes is not known, so that RUN opens the capture window (once declined)
FROM node:20
WORKDIR /app
COPY . .
RUN npm ci && npm run build && sh ./post.sh
CMD ["node", "dist/index.js"]
