# the binary is moved onto PATH after the build with a relative path (mv): the runner
# takes it from where it went, and only from there
FROM golang:1.22-alpine
WORKDIR /go/src/example.com/tool
COPY . .
RUN go build -o tool . && mv tool /go/bin/
CMD ["tool"]
