FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm locales && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json server.js ./
RUN npm install
# the account, and a line for its login shells beside it
RUN useradd -m -s /bin/bash app && echo "umask 027" >> /etc/profile
USER app
WORKDIR /home/app
CMD ["node", "/app/server.js"]
