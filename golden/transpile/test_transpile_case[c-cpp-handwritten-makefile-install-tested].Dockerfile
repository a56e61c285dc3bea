# `make install` with no configure step: the Makefile is hand-written, and /usr/local
# is only the prefix taken for it (bomutils' and SoftEther's install into /usr/bin and
# /usr/vpnserver): /usr/local is copied whole as before, and the builder now tests that
# the command's program is there, so a Makefile that installs elsewhere fails the
# build instead of a runner without the program
FROM alpine:3.19 AS builder
RUN apk add --no-cache gcc make musl-dev
WORKDIR /usr/src/greet
COPY . .
RUN make && make install && { test -x /usr/local/sbin/greet || test -x /usr/local/bin/greet || { echo 'dtranspile: greet is not among what make install put into /usr/local: no configure step wrote the Makefile, whose install may write elsewhere' >&2; exit 1; }; }

FROM alpine:3.19
# runtime libraries the binary links against
# hadolint ignore=DL3018
RUN apk add --no-cache libatomic libgcc libgomp
WORKDIR /usr/src/greet
# files the program may read at run time (config, templates, static files)
COPY . /usr/src/greet/
COPY --from=builder /usr/local /usr/local
CMD ["greet", "--serve"]
