# alpine:3.19's root file system has the CA bundle (ca-certificates-bundle, which apk-tools
# needs; datagen/alpine_rootfs.py reads it from the minirootfs): nothing is copied for it
FROM golang:1.22-alpine3.19
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .
CMD ["/out/app"]
