# FROM alpine floats (Alpine 3.24 on the image data's date): the runner is the same
# floating alpine image, so the musl and libssl the program links move with the builder
FROM alpine AS builder
RUN apk add --no-cache g++ make openssl-dev
WORKDIR /app
COPY . .
RUN g++ -O2 -o server main.cpp -lssl -lcrypto

FROM alpine
# runtime libraries the binary links against
# hadolint ignore=DL3018
RUN apk add --no-cache libatomic libgcc libgomp libstdc++ openssl
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/server /app/server
EXPOSE 9000
CMD ["./server"]
