# the build's output path and the copy after it are spelled with ENV values; `cp -r`
# onto a directory the context brings lands the binary inside it, where ENTRYPOINT
# runs it
FROM golang:1.12
ENV out=/data/build
WORKDIR /data
COPY . /data
ENV NAME tank
RUN go build -mod=readonly -o /opt/$NAME && cp -r /opt/${NAME} $out
ENTRYPOINT ["/data/build/tank"]
