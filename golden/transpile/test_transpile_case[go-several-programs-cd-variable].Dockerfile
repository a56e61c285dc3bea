# the command enters the app directory through a variable and runs the binary built
# there by a relative path
FROM golang:1.22-bookworm AS builder
ENV APP_DIR=/go/src/example.com/manga
COPY . $APP_DIR
RUN cd $APP_DIR && CGO_ENABLED=0 go build -o manga .

FROM buildpack-deps:bookworm-scm
WORKDIR /go
# files the program may read at run time (config, templates, static files)
COPY . /go/src/example.com/manga/
COPY --from=builder /go/src/example.com/manga/manga /go/src/example.com/manga/manga
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
ENV APP_DIR=/go/src/example.com/manga
ENTRYPOINT (cd $APP_DIR && ./manga)
