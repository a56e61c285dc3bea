# a stray `npm install nightmare` in /, then the app's own install in /workspace: Node
# finds /node_modules from /workspace too, so it is copied by name beside the app tree
FROM node:18
RUN npm install nightmare
WORKDIR /workspace
COPY package.json yarn.lock ./
RUN yarn install
COPY . .
CMD ["node", "index.js"]
