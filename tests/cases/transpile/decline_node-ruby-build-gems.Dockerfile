# a Ruby of ruby-build's in /usr/local: its gems go under its own prefix, not followed
FROM node:8
RUN apt-get update && apt-get install -y ruby && git clone https://github.com/rbenv/ruby-build.git /src/ruby-build \
    && /src/ruby-build/install.sh && ruby-build 2.6.3 /usr/local
RUN gem install jekyll
WORKDIR /app
COPY . /app
RUN npm install
CMD ["node", "server.js"]
