# make install into /usr/local of the ruby image, whose PATH searches
# /usr/local/bundle/bin first: a directory inside the staged prefix, so the staging
# sees what the install puts there (declined before as a directory it would miss);
# a program installed there only would not be found by the runner's PATH, so the
# builder fails the build if `greet` went there
FROM ruby:3.2-bookworm
WORKDIR /usr/src/greet
COPY . .
RUN ./configure && make && make install
CMD ["greet"]
