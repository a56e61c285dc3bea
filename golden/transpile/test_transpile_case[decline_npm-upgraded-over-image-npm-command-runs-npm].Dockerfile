# npm@10 over the image's npm: the runner's copy would merge both versions, and the command runs npm
FROM node:18-bookworm
RUN npm install -g npm@10
WORKDIR /usr/src/app
COPY package.json /usr/src/app/
RUN npm install
COPY . /usr/src/app
RUN npm run build
CMD ["npm", "start"]
