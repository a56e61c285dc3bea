FROM alpine:3.20 AS builder
RUN apk add --no-cache build-base
WORKDIR /src
COPY hello.c .
RUN gcc -static -O2 -o /usr/local/bin/hello hello.c

FROM alpine:3.20
WORKDIR /src
COPY --from=builder /usr/local/bin/hello /usr/local/bin/hello
ENTRYPOINT ["hello"]
