# golang:latest floats and nothing shows whether the program uses cgo (no build context):
# the original's cgo setting is kept, on the glibc runner that floats with the builder
# (debian:stable-slim), which works either way; CGO_ENABLED=0 would change a program that
# needs cgo (issue 18, class 9)
FROM golang:latest
WORKDIR /src
COPY . .
RUN go build -o /app .
CMD ["/app"]
