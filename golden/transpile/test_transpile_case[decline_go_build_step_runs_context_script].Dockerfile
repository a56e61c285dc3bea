FROM golang:1.21
WORKDIR /src
COPY . .
RUN go build -o /app . && ./scripts/post.sh
CMD ["/app"]
