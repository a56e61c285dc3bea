# A legacy LABEL (`LABEL maintainer Jane Doe`) and a shell-form CMD whose continuation lines
# are indented by two: formatted, the label would read maintainer="Jane Doe" and the command
# string the image records would change its blanks, so the runner keeps both exactly as
# written, each in a `# dtranspile: off` region (the output is still its own format)
FROM golang:1.21-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /bin/server .

FROM alpine:3.20
# time zones: alpine:3.20 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
WORKDIR /src
COPY --from=builder /bin/server /bin/server
# as the original wrote it: formatted, the text the image records would read differently
# dtranspile: off
LABEL maintainer Jane Doe
# dtranspile: on
LABEL version="1.0"
# as the original wrote it: formatted, the text the image records would read differently
# dtranspile: off
CMD /bin/server \
  --port 8080 \
  --verbose
# dtranspile: on
