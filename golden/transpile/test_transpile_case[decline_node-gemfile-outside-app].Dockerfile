# bundle install of a Gemfile in /tmp: the gems reach the runner, the Gemfile and its lock
# do not (bundle exec would find none): declined
FROM node:18-bookworm
RUN apt-get update && apt-get install -y ruby
COPY Gemfile Gemfile.lock /tmp/
RUN cd /tmp && bundle install
WORKDIR /app
COPY . /app
RUN npm install
CMD ["node", "server.js"]
