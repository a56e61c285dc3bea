# cgo on CentOS 7 (gcc installed: CGO_ENABLED defaults to 1): the release is known, but
# no runner for a dynamically linked Go program is chosen on an RPM distribution
FROM centos:7
RUN yum -y install golang gcc git
ENV GOPATH=/go
COPY . /go/src/app
WORKDIR /go/src/app
RUN go build -o /usr/local/bin/app .
CMD ["/usr/local/bin/app"]
