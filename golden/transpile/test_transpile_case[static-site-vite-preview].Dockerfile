FROM node:20-alpine AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:alpine
# nginx listens on the original server's port (4173)
RUN printf '%s\n' "server {" "    listen 4173;" "    location / {" "        root /usr/share/nginx/html;" "        index index.html index.htm;" "        try_files \$uri \$uri/ /index.html;" "    }" "}" > /etc/nginx/conf.d/default.conf
WORKDIR /app
COPY --from=builder /app/dist /usr/share/nginx/html
EXPOSE 4173
CMD ["nginx", "-g", "daemon off;"]
