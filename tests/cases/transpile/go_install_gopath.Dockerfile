FROM golang:1.12-stretch
COPY . /go/src/github.com/acme/tool
WORKDIR /go/src/github.com/acme/tool
RUN go install -v ./cmd/tool
ENTRYPOINT ["tool"]
CMD ["--help"]
