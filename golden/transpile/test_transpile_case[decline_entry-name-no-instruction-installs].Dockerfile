# `service` is installed by no instruction: a program of the base image, which the
# Go build's runner is not known to have
FROM golang:1.21-bookworm
WORKDIR /go/src/app
COPY . .
RUN go build -o /usr/local/bin/app .
ENTRYPOINT ["service", "app", "start"]
