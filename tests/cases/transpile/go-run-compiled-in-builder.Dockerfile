# `go run .` compiled at every start: built in the builder, the binary runs with the same arguments
FROM golang:1.22-bookworm
WORKDIR /app
COPY . .
RUN go mod download
CMD ["go", "run", "."]
