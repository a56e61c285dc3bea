FROM golang:1.21
RUN sed -i 's/^\[openssl_init\]$/[openssl_init]\nssl_conf = ssl_sect/' /etc/ssl/openssl.cnf
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -o /app .
CMD ["/app"]
