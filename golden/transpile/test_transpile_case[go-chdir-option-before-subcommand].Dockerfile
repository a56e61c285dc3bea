# go's -C before the subcommand (Go 1.21) changes the directory the build runs in: the
# relative -o names a file there
FROM golang:1.22-bookworm AS builder
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go -C cmd/server build -o server .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /src/cmd/server/server /src/cmd/server/server
CMD ["/src/cmd/server/server"]
