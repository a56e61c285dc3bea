# another program built by make is copied onto PATH too: the runner would get only the Go one
FROM golang:1.22-bookworm
RUN git clone https://example.com/helper.git /helper && cd /helper && make && cp helper /usr/local/bin/helper
COPY . /go/src/example.com/tool
RUN cd /go/src/example.com/tool && go build -o bin/tool . && cp bin/tool /usr/local/bin/tool
ENTRYPOINT ["tool"]
