# the container copies the packaged app out to a volume: `cp` is a program every
# image with a shell has, and the files it copies are in the app directory the runner gets
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . /app
RUN npm run pack
VOLUME /dist
CMD cp /app/dist/*.AppImage /dist
