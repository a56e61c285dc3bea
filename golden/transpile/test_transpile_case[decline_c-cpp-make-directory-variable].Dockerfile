# make runs in a directory named by a variable the Dockerfile gives no value (the base
# image's, or none): the binaries it writes there cannot be named, and no install in
# the same directory takes them to a prefix; the reason names the `cd`
FROM alpine:3.19
RUN apk add --no-cache gcc make musl-dev
WORKDIR /usr/src
COPY . .
RUN cd "tool-$TOOL_VERSION" && make
CMD ["/usr/src/tool/bin/tool"]
