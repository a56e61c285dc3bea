FROM golang:1.19-bookworm
RUN apt-get update && timeout 600 nice -n 10 apt-get install -y --no-install-recommends libjansson-dev
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
