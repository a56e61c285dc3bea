# `${NODE_ENV:-production}` where nothing before sets NODE_ENV (node:18 does not): the
# form gives "production" in the builder, and the runner's ENV is written with that value
# (the colon forms treat unset and empty alike, so no more than that needs to be known).
FROM node:18
ENV NODE_ENV ${NODE_ENV:-production}
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["node", "server.js"]
