# yarn global add with --prefix: the links to the programs go to <prefix>/bin, not
# /usr/local/bin
FROM node:20-bookworm
WORKDIR /app
RUN yarn global add --prefix /opt/tools pm2
ENV PATH=/opt/tools/bin:$PATH
COPY . .
RUN yarn install --production
CMD ["pm2-runtime", "server.js"]
