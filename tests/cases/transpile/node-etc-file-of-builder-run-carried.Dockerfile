# a RUN the builder alone runs writes system configuration under /etc with file tools
# whose writes are all known: the runner gets the file from the builder, after its
# own package installs
FROM node:18-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends logrotate && rm -rf /var/lib/apt/lists/*
RUN cp /etc/cron.daily/logrotate /etc/cron.hourly/logrotate
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
