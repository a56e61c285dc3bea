FROM node:18-alpine AS builder
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build
RUN npm install -g serve

FROM nginx:alpine
# nginx listens on the original server's port (3000)
RUN printf '%s\n' "server {" "    listen 3000;" "    location / {" "        root /usr/share/nginx/html;" "        index index.html index.htm;" "        try_files \$uri \$uri/ /index.html;" "    }" "}" > /etc/nginx/conf.d/default.conf
WORKDIR /app
COPY --from=builder /app/build /usr/share/nginx/html
EXPOSE 3000
CMD ["nginx", "-g", "daemon off;"]
