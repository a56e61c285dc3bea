# nginx is the program of a package the original keeps; the node runner would install
# it again, but the build wrote its configuration in the builder: declined, naming it
FROM node:20-bookworm
RUN apt-get update && apt-get install -y nginx && rm -rf /var/lib/apt/lists/*
COPY conf/nginx.conf /etc/nginx/nginx.conf
WORKDIR /app
COPY . .
RUN npm ci && npm run build && cp -r build/* /var/www/html
CMD ["nginx", "-g", "daemon off;"]
