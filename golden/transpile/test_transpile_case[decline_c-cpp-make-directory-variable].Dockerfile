# make runs in a directory named by a variable the Dockerfile gives no value (the base
# image's, or none): the binaries it writes there cannot be named, and no install in
# the same directory takes them to a prefix; the reason names the `cd` (Alpine 3.6: no
# capture window, which on 3.7 and later would run the build as written)
FROM alpine:3.6
RUN apk add --no-cache gcc make musl-dev
WORKDIR /usr/src
COPY . .
RUN cd "tool-$TOOL_VERSION" && make
CMD ["/usr/src/tool/bin/tool"]
