# an exec-form word with a space names a program of that whole name: the original
# fails to start too, so the reason says so
FROM golang:1.21-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/proxy .
CMD ["echo done"]
