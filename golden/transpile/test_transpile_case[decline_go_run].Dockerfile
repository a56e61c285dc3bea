FROM golang:1.22-bookworm
WORKDIR /app
COPY . .
RUN go mod download
CMD ["go", "run", "."]
