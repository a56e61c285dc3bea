# a cgo binary loading a library through an RPATH into the module cache (wasmer-go's libwasmer.so): the builder reads ldd, the runner gets the library at its path
FROM golang:1.19-bookworm AS builder
# a module that ships its own C library, as wasmer-go ships libwasmer.so in the module cache
COPY fastmath/ /go/pkg/mod/example.com/fastmath@v1.0.0/
RUN mkdir -p /go/pkg/mod/example.com/fastmath@v1.0.0/lib \
    && gcc -shared -fPIC -O2 -o /go/pkg/mod/example.com/fastmath@v1.0.0/lib/libfastmath.so \
    /go/pkg/mod/example.com/fastmath@v1.0.0/fastmath.c
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=1 go build -o /usr/local/bin/calc . && mkdir -p /opt/dtranspile-private-libraries && { ldd /usr/local/bin/calc || true; } > /tmp/dtranspile-private 2>/dev/null && awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/(usr\/)?(local\/)?lib(32|64|x32)?\// && !seen[$3]++ { print $3 }' /tmp/dtranspile-private > /tmp/dtranspile-private.libs && xargs -r cp --parents -L -t /opt/dtranspile-private-libraries < /tmp/dtranspile-private.libs && rm -f /tmp/dtranspile-private /tmp/dtranspile-private.libs

FROM buildpack-deps:bookworm-scm
WORKDIR /src
COPY --from=builder /usr/local/bin/calc /usr/local/bin/calc
COPY --from=builder /opt/dtranspile-private-libraries /
ENTRYPOINT ["calc"]
