FROM golang:1.19-bookworm
RUN apt-get update && su -c "apt-get install -y --no-install-recommends libjansson-dev" root
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
