# Which install runs is decided by a build argument: its default would choose the first,
# but --build-arg may choose the other, so what the runner needs is not known
FROM node:20-bookworm
ARG NODE_ENV=production
ENV NODE_ENV=$NODE_ENV
WORKDIR /app
COPY . .
RUN if [ "$NODE_ENV" = "production" ]; then npm ci --omit=dev; else npm ci && npm run build; fi \
    && rm -rf /tmp/npm-*
CMD ["node", "server.js"]
