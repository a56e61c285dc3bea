# the build's output path and the copy after it are spelled with ENV values; `cp -r`
# onto a directory the context brings lands the binary inside it, where ENTRYPOINT
# runs it
FROM golang:1.12 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
ENV out=/data/build
WORKDIR /data
COPY . /data
ENV NAME="tank"
RUN go build -mod=readonly -o /opt/$NAME && cp -r /opt/${NAME} $out

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /data
# the directory as the build left it (files the program may read at run time, and what the build wrote there)
COPY --from=builder /data /data
COPY --from=builder /data/build/tank /data/build/tank
COPY --from=builder /opt/tank /opt/tank
ENV out=/data/build
ENV NAME="tank"
ENTRYPOINT ["/data/build/tank"]
