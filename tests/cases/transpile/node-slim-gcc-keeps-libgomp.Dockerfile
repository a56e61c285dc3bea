# node:slim (Debian) with g++ from apt for node-gyp: an addon built with -fopenmp or
# -latomic loads libgomp.so.1 or libatomic.so.1, which gcc's dependencies brought into
# the builder and the slim image lacks (audit18a)
FROM node:20-slim
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package*.json ./
RUN npm install
COPY . .
CMD ["node", "server.js"]
