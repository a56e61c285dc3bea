# bundle config set (global) writes /root/.bundle/config, which bundle exec reads at run
# time and the runner does not get: declined
FROM node:18-bookworm
RUN apt-get update && apt-get install -y ruby
WORKDIR /app
COPY Gemfile Gemfile.lock /app/
RUN bundle config set without development && bundle install
WORKDIR /app
COPY . /app
RUN npm install
CMD ["node", "server.js"]
