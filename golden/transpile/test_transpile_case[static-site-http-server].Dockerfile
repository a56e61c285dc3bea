FROM node:18 AS builder
WORKDIR /web
COPY . .
RUN npm install && npm run build
RUN npm install -g http-server

FROM nginx:alpine
WORKDIR /web
COPY --from=builder /web/dist /usr/share/nginx/html
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
