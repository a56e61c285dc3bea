# the checkout's .git is removed by the build: nothing of git is copied to the slim runner
FROM node:20-bookworm
WORKDIR /srv/app
RUN git clone --depth 1 https://github.com/example/site.git . && rm -rf .git \
    && npm ci --omit=dev
CMD ["node", "server.js"]
