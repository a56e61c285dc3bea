# the system account comes after one install and before another: the runner installs
# curl and redis in one RUN, so app cannot keep its place between them, and whether
# their scripts create accounts of their own is not known
FROM alpine:3.19
RUN apk add --no-cache curl
RUN addgroup -S app && adduser -S -D -G app app
RUN apk add --no-cache build-base redis
COPY main.c /src/
RUN gcc -O2 -static -o /usr/local/bin/app /src/main.c
USER app
CMD ["app"]
