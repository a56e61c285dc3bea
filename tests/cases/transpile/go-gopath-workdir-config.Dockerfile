# A GOPATH-era Go service runs in its own source folder and reads config/ relative to it:
# the named copy into the final WORKDIR under /go/src is repeated in the runner
FROM golang:1.10
WORKDIR /go/src/github.com/acme/app
COPY cmd ./cmd
COPY config ./config
RUN go install github.com/acme/app/cmd/app
ENTRYPOINT ["/go/bin/app"]
CMD ["serve"]
