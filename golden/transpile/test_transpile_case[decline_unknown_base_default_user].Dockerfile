# an image with no record may set its own USER (and ENTRYPOINT): the original runs as
# that user, a runner would run as root, so the rewrite declines
FROM example.com/team/go-builder:1.22
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
ENTRYPOINT ["app"]
