# `npm install --prefix client && npm run build --prefix client` (the MERN pattern): npm
# reads --prefix after the script's name too, so the build runs in client/ and its output
# is client/build, the directory the command serves
FROM node:20-bookworm AS builder
WORKDIR /app
COPY . .
RUN npm install --prefix client && npm run build --prefix client

FROM nginx:alpine
ENV PORT=3000
# nginx listens on the original server's port (3000)
RUN printf '%s\n' "server {" "    listen 3000;" "    location / {" "        root /usr/share/nginx/html;" "        index index.html index.htm;" "        try_files \$uri \$uri/ /index.html;" "    }" "}" > /etc/nginx/conf.d/default.conf && mkdir -p /etc/nginx/templates && sed "s/listen 3000;/listen \${PORT};/" /etc/nginx/conf.d/default.conf > /etc/nginx/templates/default.conf.template
WORKDIR /app
COPY --from=builder /app/client/build /usr/share/nginx/html
CMD ["nginx", "-g", "daemon off;"]
