# logrotate runs hourly in the original: the RUN before the build copies its cron job
# into /etc/cron.hourly, which the slim runner (logrotate installed again) would not
# have; the rewrite would rotate the logs daily, silently
FROM node:18
RUN apt-get update && apt-get install -y logrotate && rm -rf /var/lib/apt/lists/*
RUN cp /etc/cron.daily/logrotate /etc/cron.hourly/
WORKDIR /app
COPY . .
RUN npm ci && npm run build
CMD ["node", "dist/server.js"]
