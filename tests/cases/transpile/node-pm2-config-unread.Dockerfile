# pm2 starts what pm2.json names, which is not read without a build context: it may be
# a dev dependency (babel-node) or a script using the full image's programs, so the
# runner is node:18 itself and the dev dependencies stay (draw3 #25, 723f9c52)
FROM node:18
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm install
EXPOSE 3000
CMD ["pm2-runtime", "start", "pm2.json"]
