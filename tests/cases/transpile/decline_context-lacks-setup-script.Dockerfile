# the build context given (the Dockerfile's folder, as with `docker build -f sub/Dockerfile .`)
# holds package.json and the sources but not setup.sh, which the RUN at line 7 runs: the
# context is not the one the image is built from (or the build fails there), so setup.sh is
# not read, as without a context, rather than taken for absent
FROM node:20
WORKDIR /app
COPY . .
RUN ./setup.sh
RUN npm ci && npm run build
CMD ["node", "dist/index.js"]
