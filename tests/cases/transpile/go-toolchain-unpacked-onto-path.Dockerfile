# a Go toolchain unpacked into /usr/local and run through PATH (go build) is the
# build's: the unpack is read by the build, nothing declines over /usr/local
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y curl ca-certificates
RUN curl -fsSL https://go.dev/dl/go1.21.5.linux-amd64.tar.gz | tar -C /usr/local -xz
ENV PATH=$PATH:/usr/local/go/bin
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app"]
