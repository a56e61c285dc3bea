# Angular 17+ writes the browser bundle to dist/<project>/browser
FROM node:20-bookworm
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npx ng build --configuration production
EXPOSE 3000
CMD ["npx", "serve", "-s", "dist/shop/browser", "-l", "3000"]
