FROM alpine:3.20
RUN apk add --no-cache build-base
WORKDIR /src
COPY hello.c .
RUN gcc -static -O2 -o /usr/local/bin/hello hello.c
ENTRYPOINT ["hello"]
