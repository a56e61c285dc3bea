# the app's tree is chowned to node, and the runner copies it from the builder under a
# WORKDIR below it that makes it first: the copy keeps an existing directory's root
# 0755 (moby/buildkit#1941), so /usr/src/app itself is staged with its owner and mode
# as the final WORKDIR is (corpus b9ef1d80); the context shows server/package.json, where
# npm installs (without it, /usr/src/app might hold the project: npm_prefix)
FROM node:20
WORKDIR /usr/src/app
COPY . /usr/src/app
RUN chown -R node:node /usr/src/app
USER node
WORKDIR /usr/src/app/server
RUN npm install
CMD ["node", "index.js"]
