# the binary is moved after the build with a relative path: which file moved is not followed
FROM golang:1.22-alpine
WORKDIR /go/src/example.com/tool
COPY . .
RUN go build -o tool . && mv tool /go/bin/
CMD ["tool"]
