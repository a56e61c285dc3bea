FROM golang:1.21-bullseye
WORKDIR /src
COPY . .
RUN go build -race -o /srv/app .
CMD ["/srv/app"]
