# live-server watches the files and reloads the browser: not a static site
FROM node:20
WORKDIR /app
COPY . .
RUN npm ci && npm run build
EXPOSE 8080
CMD ["npx", "live-server", "dist", "--port=8080"]
