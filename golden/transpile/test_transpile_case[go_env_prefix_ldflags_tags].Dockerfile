FROM golang:1.20-bullseye AS builder
WORKDIR /build
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -ldflags "-s -w -X main.version=1.0.0" -tags netgo -o /out/app .

FROM buildpack-deps:bullseye-scm
WORKDIR /build
# files the program may read at run time (config, templates, static files)
COPY . /build/
COPY --from=builder /out/app /out/app
ENTRYPOINT ["/out/app"]
