# apk add curl (an external health check runs it) and ca-certificates reach the
# runner: only toolchains, -dev packages and build tools stay in the builder; git, which
# the original keeps, reaches it too (a program may run it: draw7's hound)
FROM golang:1.22-alpine
RUN apk add --no-cache git curl ca-certificates
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
USER nobody
CMD ["app"]
