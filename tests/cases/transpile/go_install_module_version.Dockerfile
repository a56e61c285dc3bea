FROM golang:1.22-alpine3.19
RUN go install github.com/acme/cli/v2@v2.3.0
ENTRYPOINT ["cli"]
