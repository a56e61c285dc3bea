# the FROM image comes from an ARG default, resolved to golang:1.10 (Debian stretch, its
# WORKDIR and PATH from the image data); a static binary does not depend on the
# builder's version, so --build-arg GO=... keeps working
ARG GO=1.10
FROM golang:${GO}
WORKDIR /go/src/app
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
