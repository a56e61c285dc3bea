# go.mod requires mattn/go-sqlite3, whose no-cgo build is a stub failing at run time
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
