# npm start with no package.json in the build context: the script may run what the
# runner leaves out (git, build-essential), so the same-image runner is declined
FROM acme/web-base:4
RUN apt-get update && apt-get install -y nodejs npm git build-essential
WORKDIR /srv/app
COPY . .
RUN npm install
CMD ["npm", "start"]
