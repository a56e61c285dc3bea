# FROM alpine floats (Alpine 3.24 on the image data's date): the runner is the same
# floating alpine image, so the musl and libssl the program links move with the builder
FROM alpine
RUN apk add --no-cache g++ make openssl-dev
WORKDIR /app
COPY . .
RUN g++ -O2 -o server main.cpp -lssl -lcrypto
EXPOSE 9000
CMD ["./server"]
