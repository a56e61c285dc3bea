FROM golang:1.9 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ADD . /go/src/github.com/example/geo
RUN cd /go/src/github.com/example/geo/cmd/geo \
    && go get -d && go install \
    && useradd -ms /bin/bash geo

FROM debian:bookworm-slim
WORKDIR /go
# files the program may read at run time (config, templates, static files)
ADD . /go/src/github.com/example/geo/
COPY --from=builder /go/bin/geo /go/bin/geo
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# user created by the RUN at line 3 of the original
RUN useradd -ms /bin/bash geo
USER geo
ENTRYPOINT ["/go/bin/geo"]
EXPOSE 8080
