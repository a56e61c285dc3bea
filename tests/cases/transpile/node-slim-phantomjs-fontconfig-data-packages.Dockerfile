# PhantomJS (a prebuilt binary npm installs globally) on node:8, Debian stretch, run on
# node:8-slim: the binary loads libfontconfig.so.1, which the builder's scan gathers from
# the full image with the files of the data packages its package depends on
# (fontconfig-config's /etc/fonts, fonts-dejavu-core's fonts): a copy of the library
# alone finds no configuration and no font, and PhantomJS renders no text (2e55541a)
FROM node:8
RUN npm install phantomjs-prebuilt@2 -g
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --production
COPY . .
CMD ["phantomjs", "render.js"]
