# locale-gen and dpkg-reconfigure before the build: repeated in the runner (DEBIAN_FRONTEND kept for them), not only the locales package installed again
FROM ubuntu:20.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends locales nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN locale-gen de_DE.UTF-8
RUN dpkg-reconfigure locales
ENV LANG=de_DE.UTF-8
WORKDIR /app
COPY package.json ./
RUN npm install --production
COPY . .
CMD ["node", "server.js"]
