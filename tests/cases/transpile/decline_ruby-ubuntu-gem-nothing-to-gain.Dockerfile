# pure-Ruby gems and no compiler: the runner would leave nothing out
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends ruby && rm -rf /var/lib/apt/lists/*
RUN gem install --no-document sinatra
COPY app.rb /app.rb
CMD ["ruby", "/app.rb"]
