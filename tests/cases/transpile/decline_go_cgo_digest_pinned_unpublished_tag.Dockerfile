# golang:1.20 pinned by a digest: the tag is no longer published and the image data
# shows its last image (bookworm), but the tag moved from bullseye to bookworm while it
# was, so the digest may be a bullseye image; a cgo binary linking its libssl1.1 would
# fail on bookworm's distroless cc: no runner of the digest's release is known
FROM golang:1.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
