# the distribution's ruby on a plain Ubuntu image: gem install puts the gems in
# /var/lib/gems and their executables in /usr/local/bin, captured for the runner;
# the compilers and -dev packages stay in the builder (ruby-dev -> ruby, libruby2.7)
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y --no-install-recommends ruby ruby-dev build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
RUN gem install --no-document pg sinatra puma
WORKDIR /app
COPY . /app
EXPOSE 4567
CMD ["ruby", "app.rb"]
