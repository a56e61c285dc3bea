# go's -C before the subcommand (Go 1.21) changes the directory the build runs in: the
# relative -o names a file there
FROM golang:1.22-bookworm
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go -C cmd/server build -o server .
CMD ["/src/cmd/server/server"]
