# go.mod in the context is a link to a file outside it: read as absent (with a
# warning), so the binary's name comes from CMD; followed, it would name another module
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build && mkdir -p /opt/dtranspile-entry && { [ ! -e /src/server ] || cp -p /src/server /opt/dtranspile-entry/; }

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/dtranspile-entry/ /src/
CMD ["./server"]
