# the start script comes with the whole context (COPY . .) before the build and is read
# with --context: the builder holds it at /src/start.sh (post-condition: a context copy
# of the builder puts that file there), the runner gets it at the same path
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ./start.sh
