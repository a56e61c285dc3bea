# http-server takes its port from $PORT (8080 when unset): nginx gets a template that the
# official image's entrypoint fills from the environment, and PORT's default
FROM node:20-bookworm AS builder
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM nginx:alpine
ENV PORT=8080
# nginx listens on the original server's port (8080)
RUN printf '%s\n' "server {" "    listen 8080;" "    location / {" "        root /usr/share/nginx/html;" "        index index.html index.htm;" "    }" "}" > /etc/nginx/conf.d/default.conf && mkdir -p /etc/nginx/templates && sed "s/listen 8080;/listen \${PORT};/" /etc/nginx/conf.d/default.conf > /etc/nginx/templates/default.conf.template
WORKDIR /app
COPY --from=builder /app/dist /usr/share/nginx/html
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
