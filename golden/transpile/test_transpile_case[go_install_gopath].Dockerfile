FROM golang:1.12-stretch AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
COPY . /go/src/github.com/acme/tool
WORKDIR /go/src/github.com/acme/tool
RUN go install -v ./cmd/tool

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /go/src/github.com/acme/tool
# files the program may read at run time (config, templates, static files)
COPY . /go/src/github.com/acme/tool/
COPY --from=builder /go/bin/tool /usr/local/bin/tool
ENTRYPOINT ["tool"]
CMD ["--help"]
