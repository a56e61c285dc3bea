# a script beside the build step on Alpine 3.4, whose BusyBox the capture does not
# know: its effect cannot be captured, so the RUN is declined as before
FROM node:7-alpine
WORKDIR /app
COPY . .
RUN npm i && npm run build && sh ./clear.sh
CMD ["node", "app.js"]
