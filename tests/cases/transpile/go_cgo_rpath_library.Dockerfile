# a cgo binary loading a library through an RPATH into the module cache (wasmer-go's libwasmer.so): the builder reads ldd, the runner gets the library at its path
FROM golang:1.19-bookworm
# a module that ships its own C library, as wasmer-go ships libwasmer.so in the module cache
COPY fastmath/ /go/pkg/mod/example.com/fastmath@v1.0.0/
RUN mkdir -p /go/pkg/mod/example.com/fastmath@v1.0.0/lib \
    && gcc -shared -fPIC -O2 -o /go/pkg/mod/example.com/fastmath@v1.0.0/lib/libfastmath.so \
       /go/pkg/mod/example.com/fastmath@v1.0.0/fastmath.c
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=1 go build -o /usr/local/bin/calc .
ENTRYPOINT ["calc"]
