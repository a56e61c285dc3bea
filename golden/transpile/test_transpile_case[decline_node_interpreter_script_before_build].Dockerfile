FROM node:20
WORKDIR /app
COPY . .
RUN node scripts/setup.js
RUN npm ci && npm run build
CMD ["node", "dist/index.js"]
