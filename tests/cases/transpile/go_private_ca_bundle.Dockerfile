# a private CA trusted with update-ca-certificates: the builder's bundle replaces the
# runner's own
FROM golang:1.22-bookworm
COPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt
RUN update-ca-certificates
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app"]
