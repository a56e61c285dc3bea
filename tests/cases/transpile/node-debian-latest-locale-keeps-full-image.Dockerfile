# debian:latest's floating slim runner (debian:stable-slim) leaves the packages'
# translations out: a build that sets up a locale keeps the builder's own full image
FROM debian:latest
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends locales nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN sed -i 's/# de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen && locale-gen
ENV LANG=de_DE.UTF-8
WORKDIR /app
COPY package.json ./
RUN npm install --omit=dev
COPY . .
CMD ["node", "server.js"]
