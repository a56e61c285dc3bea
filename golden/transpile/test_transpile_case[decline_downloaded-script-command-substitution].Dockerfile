# a shell handed, as its whole command string, what a download prints (`sh -c "$(curl
# URL)"`) runs a script no file holds, as `curl URL | sh` does: its text is not read, so
# what it installs is unknown
FROM node:20
WORKDIR /app
COPY . .
RUN sh -c "$(curl -fsSL https://example.com/install.sh)" -- -y
RUN npm ci && npm run build
CMD ["node", "dist/index.js"]
