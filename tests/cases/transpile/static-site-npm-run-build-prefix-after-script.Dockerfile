# `npm install --prefix client && npm run build --prefix client` (the MERN pattern): npm
# reads --prefix after the script's name too, so the build runs in client/ and its output
# is client/build, the directory the command serves
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm install --prefix client && npm run build --prefix client
CMD ["npx", "serve", "-s", "client/build"]
