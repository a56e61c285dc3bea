FROM alpine:3.6
RUN apk add --no-cache build-base
WORKDIR /src
COPY . .
ARG PREFIX
# the prefix make install uses depends on which configure ran, and an Alpine builder
# has no capture window that could observe it (Alpine 3.6: its BusyBox was not read;
# on 3.7 and later the build runs in one: c-cpp-capture-configure-in-if-alpine)
RUN if [ -n "$PREFIX" ]; then ./configure --prefix="$PREFIX"; else ./configure; fi \
    && make && make install
CMD ["myserver"]
