# `go install -a std` rebuilds the standard library's archives: it writes no binary
FROM golang:1.22-bookworm AS builder
RUN CGO_ENABLED=0 go install -a std
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/server /out/server
CMD ["/out/server"]
