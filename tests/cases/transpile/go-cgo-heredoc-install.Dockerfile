# syntax=docker/dockerfile:1
FROM golang:1.19-bookworm
RUN <<EOT
apt-get update
apt-get install -y --no-install-recommends libjansson-dev
EOT
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
