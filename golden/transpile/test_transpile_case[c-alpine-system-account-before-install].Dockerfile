# the system account comes before `apk add redis`, whose install script creates one of
# its own (addgroup -S redis, adduser -S redis): both take the first free id of the
# system range, so app is uid 100 and redis 101 in the original. The runner creates
# app before its installs too, or redis would take 100 and the program run as 101
FROM alpine:3.19 AS builder
RUN addgroup -S app && adduser -S -D -G app app
RUN apk add --no-cache build-base redis
COPY main.c /src/
RUN gcc -O2 -static -o /usr/local/bin/app /src/main.c

FROM alpine:3.19
RUN addgroup -S app && adduser -S -D -G app app
# packages the original installs for run time
# hadolint ignore=DL3018
RUN apk add --no-cache redis
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
USER app
CMD ["app"]
