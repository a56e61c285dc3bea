FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm build-essential python3 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
EXPOSE 3000
CMD ["node", "dist/server.js"]
