# npm start is read from package.json in the build context (--context)
FROM node:20-bookworm AS builder
WORKDIR /app
COPY . /app
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=builder /app /app
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
