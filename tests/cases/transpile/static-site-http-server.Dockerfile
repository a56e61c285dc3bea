FROM node:18
WORKDIR /web
COPY . .
RUN npm install && npm run build
RUN npm install -g http-server
EXPOSE 8080
CMD http-server ./dist -p 8080
