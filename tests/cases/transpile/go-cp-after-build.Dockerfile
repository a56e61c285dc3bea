# the binary is copied onto PATH after the build (cp -f): the runner takes it from there
FROM golang:1.22-alpine
COPY . /go/src/example.com/tool
RUN cd /go/src/example.com/tool \
    && go build -o bin/tool ./cmd/tool \
    && cp -f ./bin/tool /go/bin/tool
ENTRYPOINT ["tool"]
