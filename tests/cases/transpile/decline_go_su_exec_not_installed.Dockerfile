# su-exec starts the binary, but nothing installs su-exec: the runner would lack it
FROM golang:1.22-alpine
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["su-exec", "nobody", "server"]
