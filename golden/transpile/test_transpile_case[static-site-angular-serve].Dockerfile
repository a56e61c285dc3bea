# Angular 17+ writes the browser bundle to dist/<project>/browser
FROM node:20-bookworm AS builder
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npx ng build --configuration production

FROM nginx:alpine
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app/dist/shop/browser /usr/share/nginx/html
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
