FROM golang:1.9
ADD . /go/src/github.com/example/geo
RUN cd /go/src/github.com/example/geo/cmd/geo && \
	go get -d && go install && \
	useradd -ms /bin/bash geo
USER geo
ENTRYPOINT ["/go/bin/geo"]
EXPOSE 8080
