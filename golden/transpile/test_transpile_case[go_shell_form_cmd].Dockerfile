FROM golang:1.22-bookworm AS builder
WORKDIR /app
COPY . .
RUN go build -o server .

FROM debian:bookworm-slim
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /app/server /app/server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
CMD ./server --port 8080
