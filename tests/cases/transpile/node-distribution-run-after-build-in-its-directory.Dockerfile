# a RUN after the build, in a WORKDIR other than the final one, runs in the runner in that directory (the runner keeps only the final WORKDIR)
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm install --omit=dev
WORKDIR /app/config
RUN cp default.json local.json && echo "ready" > /etc/app-ready
WORKDIR /app
CMD ["node", "index.js"]
