# Node unpacked into /usr/local by hand: execjs needs a JavaScript runtime when Rails
# boots, and the runner gets only GEM_HOME and the app
FROM ruby:2.4.1
RUN curl -SLO https://nodejs.org/dist/v8.9.4/node-v8.9.4-linux-x64.tar.gz && tar -xzf node-v8.9.4-linux-x64.tar.gz -C /usr/local --strip-components=1
WORKDIR /app
COPY . .
RUN bundle install
CMD ["bundle", "exec", "unicorn", "-c", "config/unicorn.rb"]
