# an installer piped into a shell in the build step's RUN: its text is not read, so
# that RUN opens the capture window (once declined)
FROM node:20
WORKDIR /app
COPY . .
RUN curl -fsSL https://example.com/install.sh | sh && npm ci && npm run build
CMD ["node", "dist/index.js"]
