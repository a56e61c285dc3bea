FROM golang:1.21-alpine3.19 AS builder
RUN apk add --no-cache build-base sqlite-dev
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -tags libsqlite3 -o /usr/local/bin/store .

FROM alpine:3.19
# runtime libraries the binary links against
# hadolint ignore=DL3018
RUN apk add --no-cache libgcc libstdc++ sqlite-libs
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/store /usr/local/bin/store
CMD ["store"]
