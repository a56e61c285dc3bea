FROM golang:1.19-bookworm
RUN eval "apt-get update && apt-get install -y --no-install-recommends libjansson-dev"
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
