# an image the data does not know, proven Debian-family by its own apt-get install:
# the runner is that very image, the gems are captured
FROM registry.example.com/team/base:7
RUN apt-get update && apt-get install -y ruby ruby-dev make gcc zlib1g-dev
RUN gem install --no-document nokogiri mqtt
WORKDIR /srv
COPY bridge.rb /srv/bridge.rb
CMD ["ruby", "/srv/bridge.rb"]
