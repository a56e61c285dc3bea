# golang:1.12-alpine pinned by a digest: the tag named Alpine 3.9, 3.10, then 3.11 (the
# image data's, its last image), so the musl runner of the digest's release is not known
FROM golang:1.12-alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
RUN apk add --no-cache gcc musl-dev openssl-dev
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
