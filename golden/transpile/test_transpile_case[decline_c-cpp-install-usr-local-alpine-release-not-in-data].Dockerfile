# make install into /usr/local of postgres:11.3-alpine, an Alpine image whose release the
# image data does not hold: the staging of an image's own /usr/local is written for
# dpkg, and the capture window cannot run where the Alpine release (its BusyBox) is
# not known
FROM postgres:11.3-alpine
RUN apk add --no-cache --virtual .build-deps make gcc libc-dev postgresql-dev
COPY ext /usr/src/ext
RUN cd /usr/src/ext && ./configure && make && make install && apk del .build-deps
