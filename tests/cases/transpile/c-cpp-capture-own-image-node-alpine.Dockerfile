# make install into /usr on node:18-alpine, which keeps Node in /usr/local: the build runs
# in the Alpine capture window (BusyBox listing, the apk database's digests) on that very
# image, the runner, with libpng again and build-base left in the builder
FROM node:18-alpine
RUN apk add --no-cache build-base libpng-dev
COPY . /src
WORKDIR /src
RUN ./configure --prefix=/usr && make && make install
CMD ["tool"]
