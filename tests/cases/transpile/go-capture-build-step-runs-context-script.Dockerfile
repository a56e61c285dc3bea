# a script of the build context run in the build step's RUN, beside go build: what it
# writes is not known, so that RUN opens the capture window (once declined)
FROM golang:1.21
WORKDIR /src
COPY . .
RUN go build -o /app . && ./scripts/post.sh
CMD ["/app"]
