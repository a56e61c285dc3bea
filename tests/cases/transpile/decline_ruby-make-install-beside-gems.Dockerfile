# FreeTDS built into /usr/local for tiny_tds: the ruby runner (the slim sibling) would
# have /usr/local only as its image made it; the decline names the make install's line
FROM ruby:3.2-bookworm
RUN curl -fsSL https://www.freetds.org/files/stable/freetds-1.4.10.tar.gz | tar -xz \
    && cd freetds-1.4.10 && ./configure --prefix=/usr/local && make && make install
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
CMD ["bundle", "exec", "puma"]
