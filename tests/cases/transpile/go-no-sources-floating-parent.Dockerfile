# no build context given: the runner is the image the golang image is built on, and for
# a builder whose tag floats the one that floats with it (buildpack-deps:stable-scm, as
# debian:stable-slim would for the binary alone); with --runtime (the .runtime sidecar)
# the report says which of the builder's programs that runner lacks
FROM golang:latest
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
