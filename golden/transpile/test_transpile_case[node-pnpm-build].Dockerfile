FROM node:22-bookworm AS builder
RUN corepack enable
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build && pnpm prune --prod

FROM node:22-bookworm-slim
WORKDIR /app
COPY --from=builder /app /app
EXPOSE 3000
CMD ["node", ".output/server/index.mjs"]
