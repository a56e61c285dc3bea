# libmagickwand-dev has no runtime package in the tables: its .so files would be
# gathered for the slim runner, but ImageMagick loads its coders and configuration by
# path at run time (rmagick reading a PNG), which the gathering does not carry
FROM ruby:2.6.2
RUN apt-get update && apt-get install -y libmagickwand-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN bundle install
CMD ["bundle", "exec", "puma"]
