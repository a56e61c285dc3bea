# jekyll serve builds (and rebuilds) the site at run time
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y ruby-full build-essential zlib1g-dev
RUN gem install jekyll bundler
WORKDIR /srv/jekyll
COPY . .
CMD ["jekyll", "serve", "--host", "0.0.0.0"]
