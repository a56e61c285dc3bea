# Angular 17+ writes the browser bundle to dist/<project>/browser
FROM node:20-bookworm AS builder
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npx ng build --configuration production

FROM nginx:alpine
# nginx listens on the original server's port (3000)
RUN printf '%s\n' "server {" "    listen 3000;" "    location / {" "        root /usr/share/nginx/html;" "        index index.html index.htm;" "        try_files \$uri \$uri/ /index.html;" "    }" "}" > /etc/nginx/conf.d/default.conf
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app/dist/shop/browser /usr/share/nginx/html
EXPOSE 3000
CMD ["nginx", "-g", "daemon off;"]
