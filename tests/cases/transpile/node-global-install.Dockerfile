# pm2 installed globally (npm install -g) runs the app: the global packages and the
# links npm made for them in /usr/local/bin reach the runner
FROM node:18-bookworm
WORKDIR /app
COPY . .
RUN npm install -g pm2 && npm ci --omit=dev
EXPOSE 3000
CMD ["pm2-runtime", "server.js"]
