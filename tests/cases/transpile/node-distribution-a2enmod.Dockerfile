# apache modules enabled before the build (a2enmod): repeated in the runner, whose apache2 comes with the package's defaults
FROM debian:bullseye
RUN apt-get update && apt-get install -y --no-install-recommends apache2 nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN a2enmod proxy proxy_http rewrite
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["sh", "-c", "apachectl start && node index.js"]
