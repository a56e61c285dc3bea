FROM ubuntu:xenial
RUN apt-get update && apt-get install -y --no-install-recommends golang-go gcc libc6-dev python-dev erlang-dev && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go
WORKDIR /go/src/example.com/bridge
COPY . .
RUN go build -o /usr/local/bin/bridge .
CMD ["bridge"]
