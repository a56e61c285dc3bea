# grunt-contrib-sass runs the sass gem: Debian's gem puts it in /var/lib/gems/<ABI>
# and its executable in /usr/local/bin beside node's own programs; the runner
# installs ruby again, gets /var/lib/gems whole and the RubyGems wrappers gathered
FROM node:6.5.0
RUN apt-get update && apt-get install -y ruby-full && gem install sass
WORKDIR /usr/src/app
COPY package.json /usr/src/app/
RUN npm install
COPY . /usr/src/app
CMD ["node", "server.js"]
