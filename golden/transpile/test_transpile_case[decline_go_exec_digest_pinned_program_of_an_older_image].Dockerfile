# golang:1.11 pinned by a digest: the tag floated from stretch images (golang:1.11.1 of
# 2018, with bzr) to buster ones (its last, the image data's, without bzr), so the
# digest's image may have the bzr the Go source starts, which the runner, chosen for the
# binary alone, does not have
FROM golang:1.11@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/cli ./cmd/cli
ENTRYPOINT ["cli"]
