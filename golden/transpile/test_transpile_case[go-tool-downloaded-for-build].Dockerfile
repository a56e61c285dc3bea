# a tool downloaded into /usr/local/bin that the build itself runs (dep) serves the
# build: the split goes ahead and the runner does not get it
FROM golang:1.21-bookworm AS builder
RUN curl -fsSL -o /usr/local/bin/dep https://github.com/golang/dep/releases/download/v0.5.4/dep-linux-amd64 \
    && chmod +x /usr/local/bin/dep
WORKDIR /go/src/example.com/app
COPY . .
RUN dep ensure -vendor-only
RUN CGO_ENABLED=0 go build -o /app .

FROM buildpack-deps:bookworm-scm
WORKDIR /go/src/example.com/app
# files the program may read at run time (config, templates, static files)
COPY . /go/src/example.com/app/
COPY --from=builder /app /app
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD ["/app"]
