FROM golang:1.21-alpine3.19
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/app .
ENTRYPOINT ["app"]
