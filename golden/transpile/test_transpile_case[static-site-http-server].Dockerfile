FROM node:18 AS builder
WORKDIR /web
COPY . .
RUN npm install && npm run build
RUN npm install -g http-server

FROM nginx:alpine
# nginx listens on the original server's port (8080)
RUN printf '%s\n' "server {" "    listen 8080;" "    location / {" "        root /usr/share/nginx/html;" "        index index.html index.htm;" "    }" "}" > /etc/nginx/conf.d/default.conf
WORKDIR /web
COPY --from=builder /web/dist /usr/share/nginx/html
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
