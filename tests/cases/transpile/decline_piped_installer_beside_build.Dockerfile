FROM node:20
WORKDIR /app
COPY . .
RUN curl -fsSL https://example.com/install.sh | sh && npm ci && npm run build
CMD ["node", "dist/index.js"]
