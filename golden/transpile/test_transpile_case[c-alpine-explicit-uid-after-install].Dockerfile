# an account with its ids given (-u/-g) does not depend on what the packages' scripts
# created before it: the runner keeps it after its install, where it has always been
FROM alpine:3.19 AS builder
RUN addgroup -g 1000 -S app && adduser -u 1000 -S -D -G app app
RUN apk add --no-cache build-base redis
COPY main.c /src/
RUN gcc -O2 -static -o /usr/local/bin/app /src/main.c

FROM alpine:3.19
# packages the original installs for run time
# hadolint ignore=DL3018
RUN apk add --no-cache redis
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
RUN addgroup -g 1000 -S app && adduser -u 1000 -S -D -G app app
USER app
CMD ["app"]
