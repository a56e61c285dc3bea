# adduser (BusyBox) makes /home/app, owned by app, before the WORKDIR below it: the runner
# creates the user before its WORKDIR and the copy into the home, or they would make it as root
FROM golang:1.21-alpine AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
RUN adduser -D app
WORKDIR /home/app/src
COPY go.mod main.go ./
RUN go build -o /home/app/bin/server .

FROM alpine:3.20
# time zones: alpine:3.20 has no zoneinfo; the original read Go's own from its GOROOT
COPY --from=builder /usr/local/go/lib/time/zoneinfo.zip /usr/local/go/lib/time/zoneinfo.zip
RUN adduser -D app
WORKDIR /home/app/src
COPY --from=builder /home/app/bin/server /home/app/bin/server
USER app
CMD ["/home/app/bin/server"]
