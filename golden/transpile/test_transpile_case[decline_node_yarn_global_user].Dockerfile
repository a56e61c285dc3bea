# yarn global add as a non-root user: the packages go to that user's home and the
# links to a prefix it may not write (~/.yarn/bin): not followed
FROM node:20-bookworm
WORKDIR /home/node/app
USER node
RUN yarn global add pm2
COPY --chown=node . .
RUN yarn install --production
CMD ["pm2-runtime", "server.js"]
