# foreman starts the Procfile's commands, which are not read
FROM ruby:2.5
WORKDIR /app
COPY . .
RUN bundle install
CMD ["foreman", "start", "-f", "Procfile"]
