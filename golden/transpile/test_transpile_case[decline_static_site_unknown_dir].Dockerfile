FROM node:18
WORKDIR /web
COPY . .
RUN npm install && npm run build
CMD ["npx", "serve", "-s", "www"]
