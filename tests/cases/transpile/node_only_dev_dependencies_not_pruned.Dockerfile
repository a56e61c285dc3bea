# package.json (in the context) lists only devDependencies, and the command's build.js
# requires metalsmith from them: `npm prune --production` would leave node_modules empty
# and the program failing, so the dev dependencies reach the runner
FROM node:18
WORKDIR /usr/src/site
COPY package.json build.js ./
RUN npm install
CMD ["node", "build"]
