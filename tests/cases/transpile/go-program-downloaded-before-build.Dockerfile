# the Go program drives a cluster with kubectl: the RUN before the build downloads it
# into /usr/bin, and no RUN of the build runs it; the debian slim runner gets it at the
# same path and tests it there (a library it loads missing fails the build), as the
# program's exec of kubectl needs it (corpus 97d2ee41)
FROM golang:1.6
RUN wget http://storage.googleapis.com/kubernetes-release/release/v1.2.4/bin/linux/amd64/kubectl -O /usr/bin/kubectl && \
    chmod +x /usr/bin/kubectl
RUN mkdir -p /go/src/app
WORKDIR /go/src/app
ADD . /go/src/app/
RUN go-wrapper download
RUN go-wrapper install
CMD ["app"]
