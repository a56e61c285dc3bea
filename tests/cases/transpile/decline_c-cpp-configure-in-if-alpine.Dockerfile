FROM alpine:3.19
RUN apk add --no-cache build-base
WORKDIR /src
COPY . .
ARG PREFIX
# the prefix make install uses depends on which configure ran, and an Alpine builder
# has no capture window that could observe it
RUN if [ -n "$PREFIX" ]; then ./configure --prefix="$PREFIX"; else ./configure; fi \
    && make && make install
CMD ["myserver"]
