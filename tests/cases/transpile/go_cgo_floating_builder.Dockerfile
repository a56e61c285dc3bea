# golang:latest floats (Debian trixie on the data's date); cgo is on, so the runner
# is the glibc image that floats with it, debian:stable-slim, not a pinned release
FROM golang:latest
WORKDIR /app
COPY . .
ENV CGO_ENABLED=1
RUN go build -o /app/server .
CMD ["/app/server"]
