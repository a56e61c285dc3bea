FROM alpine:3.19
RUN apk add --no-cache build-base
WORKDIR /src
COPY . .
ARG PREFIX
# the prefix make install uses depends on which configure ran: on Alpine 3.7 and later
# the build runs in a capture window, which copies what the install wrote wherever it
# went (told apart from the packages' files by the apk database's digests)
RUN if [ -n "$PREFIX" ]; then ./configure --prefix="$PREFIX"; else ./configure; fi \
    && make && make install
CMD ["myserver"]
