# ruby-filemagic, a C extension linking libmagic.so.1, built on the full ruby image and
# run on its slim sibling: the library is gathered from the full image with the files
# of libmagic-mgc, the data package libmagic1 depends on (magic.mgc, which
# magic_load(NULL) opens: a copy of the library alone fails every lookup, "could not
# find any valid magic files")
FROM ruby:3.2-bookworm
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
CMD ["ruby", "app.rb"]
