# `make install` with no configure step: the Makefile is hand-written, and /usr/local
# is only the prefix taken for it (bomutils' and SoftEther's install into /usr/bin and
# /usr/vpnserver): /usr/local is copied whole as before, and the builder now tests that
# the command's program is there, so a Makefile that installs elsewhere fails the
# build instead of a runner without the program
FROM alpine:3.19
RUN apk add --no-cache gcc make musl-dev
WORKDIR /usr/src/greet
COPY . .
RUN make && make install
CMD ["greet", "--serve"]
