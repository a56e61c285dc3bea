# an unknown image proven Debian-family, but the build installs only nodejs and npm,
# which the command needs: the same-image runner would hold everything the builder holds
FROM acme/web-base:4
RUN apt-get update && apt-get install -y nodejs npm
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["npm", "start"]
