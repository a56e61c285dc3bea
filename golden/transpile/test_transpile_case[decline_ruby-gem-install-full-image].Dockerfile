# `gem install` on the full ruby image: what the gem and its dependencies run or load
# by name (ImageMagick through mini_magick, libcurl through ethon) is not known without
# a Gemfile.lock, and ruby:2.7-slim lacks what ruby:2.7 has: declined
FROM ruby:2.7
RUN gem install --no-document mailcatcher
EXPOSE 1025 1080
CMD ["mailcatcher", "--foreground", "--ip=0.0.0.0"]
