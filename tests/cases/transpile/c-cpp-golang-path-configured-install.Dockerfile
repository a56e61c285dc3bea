# golang's PATH searches /go/bin before /usr/local/bin, but this Makefile is the one
# ./configure wrote: its install target writes the prefix configure set (/usr/local),
# not GOPATH/bin, so what the install adds to the image's own /usr/local is staged
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libjansson-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/tool
COPY . .
RUN ./configure && make && make install
ENTRYPOINT ["tool", "daemon"]
