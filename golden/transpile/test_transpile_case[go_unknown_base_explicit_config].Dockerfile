# an image with no record, but the stage sets WORKDIR, USER and ENTRYPOINT itself: what
# the base would have set does not matter, so the rewrite goes ahead
FROM example.com/team/go-builder:1.22 AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
USER nobody
ENTRYPOINT ["app"]
