# configuration edits before the build (my.cnf by sed, /etc/environment): repeated in the runner, which installs mysql-server again with its defaults
FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm mysql-server \
    && rm -rf /var/lib/apt/lists/*
RUN sed -i 's/^bind-address.*/bind-address = 0.0.0.0/' /etc/mysql/mysql.conf.d/mysqld.cnf \
    && echo "APP_ENV=production" >> /etc/environment
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["npm", "start"]
