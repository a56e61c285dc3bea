FROM golang:1.21-alpine3.19
RUN apk add --no-cache build-base sqlite-dev
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -tags libsqlite3 -o /usr/local/bin/store .
CMD ["store"]
