FROM golang:1.19-bookworm
COPY pkgs.txt /tmp/pkgs.txt
RUN apt-get update && xargs apt-get install -y --no-install-recommends < /tmp/pkgs.txt
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
