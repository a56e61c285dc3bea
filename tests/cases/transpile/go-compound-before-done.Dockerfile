FROM golang:1.21-bookworm
WORKDIR /src
COPY . .
RUN for tag in netgo osusergo; do [ -n "$tag" ] && { echo "tag $tag"; } done
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app"]
