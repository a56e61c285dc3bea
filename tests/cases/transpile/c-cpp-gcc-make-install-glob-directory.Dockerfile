# the archive unpacks to a directory only the glob names (`cd greet-*/`): configure,
# make and make install run there, with no `cd` between them, so the install's prefix
# (/usr/local of the gcc image, staged) carries what the make built; the gcc image has
# no capture window, so this was declined
FROM gcc:13-bookworm
WORKDIR /usr/src
COPY . .
RUN tar xzf greet-*.tar.gz && cd greet-*/ && ./configure && make && make install \
    && cd /usr/src && rm -rf greet-*/
CMD ["greet", "--serve"]
