# a development watcher rebuilds on every change: it keeps the toolchain
FROM golang:1.22-bookworm
WORKDIR /app
RUN go install github.com/cosmtrek/air@v1.49.0
COPY . .
RUN go build -o /app/server .
CMD ["air"]
