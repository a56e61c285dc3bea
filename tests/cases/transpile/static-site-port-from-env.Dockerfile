# http-server takes its port from $PORT (8080 when unset): nginx gets a template that the
# official image's entrypoint fills from the environment, and PORT's default
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm ci && npm run build
EXPOSE 8080
CMD ["npx", "http-server", "dist"]
