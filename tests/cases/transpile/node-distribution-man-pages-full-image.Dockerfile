# man-db is installed for the program (it shows manual pages): debian's slim images
# leave /usr/share/man out, so the runner is the builder's own full image
FROM debian:bookworm
RUN apt-get update && apt-get install -y man-db nodejs npm
WORKDIR /usr/src/app
COPY package.json /usr/src/app/
RUN npm install
COPY . /usr/src/app
EXPOSE 80
CMD ["node", "server.js"]
