# the sources import "C": the build context shows cgo, so it is kept (distroless base)
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
