FROM golang:1.21-bullseye AS builder
WORKDIR /src
COPY . .
RUN go build -race -o /srv/app .

FROM debian:bullseye-slim
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /srv/app /srv/app
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ["/srv/app"]
