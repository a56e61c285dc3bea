FROM golang:1.10-stretch AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ENV APP_HOME=$GOPATH/src/github.com/acme/web
COPY . $APP_HOME
WORKDIR $APP_HOME
RUN go build -o web .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /go/src/github.com/acme/web
# files the program may read at run time (config, templates, static files)
COPY . /go/src/github.com/acme/web/
COPY --from=builder /go/src/github.com/acme/web/web /go/src/github.com/acme/web/web
ENV APP_HOME=/go/src/github.com/acme/web
ENTRYPOINT ["./web"]
