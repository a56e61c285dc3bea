# the build context given holds package.json but not package-lock.json, which the COPY at
# line 7 names: a build from it fails there, so it is not the context the image is built
# from and is read as if none was given (its package.json may be another project's): the
# dev dependencies are kept, as without a context (node-own-image-prune, with the context)
FROM acme/node-base:8
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm install
COPY . .
RUN npm run build
EXPOSE 3000
CMD ["node", "dist/server.js"]
