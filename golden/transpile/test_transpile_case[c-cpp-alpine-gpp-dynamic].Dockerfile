FROM alpine:3.19 AS builder
RUN apk add --no-cache g++ make openssl-dev
WORKDIR /app
COPY . .
RUN g++ -O2 -o server main.cpp -lssl -lcrypto

FROM alpine:3.19
# runtime libraries the binary links against
# hadolint ignore=DL3018
RUN apk add --no-cache libatomic libgcc libgomp libstdc++ openssl
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/server /app/server
EXPOSE 9000
CMD ["./server"]
