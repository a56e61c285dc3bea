# `go get github.com/mattn/go-sqlite3` shows the program uses a module that compiles to a
# failing stub without cgo: the floating golang:latest keeps cgo and gets the glibc
# runner that floats with it, instead of a static build whose sqlite fails at run time
# (corpus 51dc13ae)
FROM golang:latest
RUN go get github.com/labstack/echo \
 && go get github.com/mattn/go-sqlite3
ADD . $GOPATH/src/github.com/example/app
WORKDIR $GOPATH/src/github.com/example/app
RUN go build -o /usr/local/bin/app .
CMD ["app"]
