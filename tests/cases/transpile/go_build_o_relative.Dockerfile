FROM golang:1.22-bookworm
WORKDIR /src
# dependencies first, for the layer cache
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o bin/server ./cmd/server
EXPOSE 8080
CMD ["./bin/server"]
