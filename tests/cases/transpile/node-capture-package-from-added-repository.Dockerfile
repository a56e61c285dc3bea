# the captured RUNs add an apt repository and install a package from it: the runner
# installs that package itself (the capture leaves the package's files out), so the
# builder's repository files come first
FROM node:20-bookworm
WORKDIR /usr/src/app
COPY package.json .
RUN npm install
COPY . .
RUN node scripts/prepare-data.js /srv/data
RUN curl -fsSL https://example.org/key.gpg -o /usr/share/keyrings/example.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/example.gpg] https://example.org/apt bookworm main" > /etc/apt/sources.list.d/example.list \
 && apt-get update && apt-get install -y --no-install-recommends example-tool \
 && rm -rf /var/lib/apt/lists/*
CMD ["node", "server.js"]
