# the web UI (static/) and the config (.env) are copied by name into the builder and
# read from disk at run time: they are repeated in the runner; the sources, the
# build files and the patch stay in the builder
FROM golang:1.9
WORKDIR /go/src/github.com/example/ui
COPY docker-golang.patch /tmp/fix.patch
ADD main.go glide.yaml glide.lock ./
ADD static static
ADD .env .env
COPY cmd/ui/public /var/www
RUN go build -o /go/bin/ui .
EXPOSE 8080
CMD ["/go/bin/ui"]
