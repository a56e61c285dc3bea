# an account with its ids given (-u/-g) does not depend on what the packages' scripts
# created before it: the runner keeps it after its install, where it has always been
FROM alpine:3.19
RUN addgroup -g 1000 -S app && adduser -u 1000 -S -D -G app app
RUN apk add --no-cache build-base redis
COPY main.c /src/
RUN gcc -O2 -static -o /usr/local/bin/app /src/main.c
USER app
CMD ["app"]
