# the command enters the app directory through a variable and runs the binary built
# there by a relative path
FROM golang:1.22-bookworm
ENV APP_DIR=/go/src/example.com/manga
COPY . $APP_DIR
RUN cd $APP_DIR && CGO_ENABLED=0 go build -o manga .
ENTRYPOINT (cd $APP_DIR && ./manga)
