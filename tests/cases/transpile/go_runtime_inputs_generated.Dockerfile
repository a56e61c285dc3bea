# npm install (its postinstall runs bower) writes the web UI's assets into the copied
# directory: the runner takes that directory as the build left it, not the context again
FROM golang:1.9.2-alpine
COPY . /go/src/github.com/example/dashboard
WORKDIR /go/src/github.com/example/dashboard
RUN apk add --no-cache nodejs-npm git && \
    go install -v && \
    npm install --production --unsafe-perm && \
    apk del --no-cache git nodejs-npm && \
    rm -rf /go/src/github.com/example/dashboard/node_modules
VOLUME /config
CMD ["/go/bin/dashboard", "-c", "/config/config.json"]
EXPOSE 3000
