# A C program on Alpine linked with -latomic (a 16-byte counter GCC does not inline):
# apk's gcc depends on libatomic (and libgomp), so the original image has it, while the
# runner of the alpine base image has neither; the runner installs both wherever the
# build keeps gcc, since a Makefile or a CMake check may add -latomic unseen
FROM alpine:3.20 AS builder
RUN apk add --no-cache gcc musl-dev make
WORKDIR /src
COPY counter.c .
RUN gcc -O2 -o /usr/local/bin/counter counter.c -latomic

FROM alpine:3.20
# runtime libraries the binary links against
# hadolint ignore=DL3018
RUN apk add --no-cache libatomic libgcc libgomp
WORKDIR /src
COPY --from=builder /usr/local/bin/counter /usr/local/bin/counter
CMD ["counter"]
