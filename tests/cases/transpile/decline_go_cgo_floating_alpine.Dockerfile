# golang:alpine floats and cgo is on: no alpine tag is known to move in step with it,
# and a pinned one breaks when its musl and packages move on
FROM golang:alpine
RUN apk add --no-cache build-base
WORKDIR /src
COPY . .
RUN go build -o /app .
CMD ["/app"]
