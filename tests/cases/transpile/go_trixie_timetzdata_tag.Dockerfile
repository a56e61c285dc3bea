# -tags timetzdata embeds the zoneinfo: trixie-slim needs no tzdata
FROM golang:1.24-trixie
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -tags timetzdata -o /usr/local/bin/clock .
CMD clock --zone "$TZ"
