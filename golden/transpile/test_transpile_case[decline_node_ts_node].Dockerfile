FROM node:20
WORKDIR /app
COPY . .
RUN npm ci
CMD ["npx", "ts-node", "src/index.ts"]
