FROM golang:1.21-bookworm AS builder
WORKDIR /src
COPY . .
RUN for tag in netgo osusergo; do [ -n "$tag" ] && { echo "tag $tag"; } done
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["app"]
