# apk upgrade in the original: the runner's apk upgrades too, before its own install
FROM alpine:3.19
RUN apk upgrade --no-cache && apk add --no-cache g++ make openssl-dev
WORKDIR /app
COPY . .
RUN g++ -O2 -o server main.cpp -lssl -lcrypto
EXPOSE 9000
CMD ["./server"]
