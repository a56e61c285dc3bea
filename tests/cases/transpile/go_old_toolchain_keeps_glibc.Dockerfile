# Go 1.6: CGO_ENABLED=0 alone reuses the cgo-built net package; glibc is kept
FROM golang:1.6
WORKDIR /go/src/app
COPY . .
RUN go build -o /go/bin/app .
CMD ["/go/bin/app"]
