# draw7 (corpus d0bf511e): `revel run <import path>` compiles the app with the Go
# toolchain when the container starts; the runner has neither the toolchain nor the
# workspace's sources, so the rewrite declines
FROM golang:1.12
RUN go get github.com/revel/revel github.com/revel/cmd/revel
ADD . /go/src/github.com/example/site
EXPOSE 80
CMD revel run github.com/example/site prod 80
