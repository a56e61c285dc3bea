# draw7: golang:1.10 is Debian stretch, which has no distroless image; a static binary
# whose runner must install the original's python (stretch's Python 2, a name bookworm
# no longer has) gets stretch's slim image, not bookworm's
FROM golang:1.10 AS builder
RUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/app
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .

FROM buildpack-deps:stretch-scm
# packages the original installs for run time
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/app
# files the program may read at run time (config, templates, static files)
COPY . /go/src/app/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
# the builder image's value: the files copied under it may be found through it
ENV GOPATH=/go
CMD app --hook /go/src/app/hooks/notify.py
