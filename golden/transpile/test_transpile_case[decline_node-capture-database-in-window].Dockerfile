# a database server started among the captured RUNs of a same-image Node runner: the
# runner's own install of mariadb-server makes /var/lib/mysql before the captured files,
# which would lay the files the builder's server changed over it (two clusters mixed)
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates nodejs npm mariadb-server \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN git clone https://github.com/nvm-sh/nvm.git /opt/nvm
RUN npm ci
RUN mysqld_safe & sleep 10 && node scripts/migrate.js
CMD ["node", "server.js"]
