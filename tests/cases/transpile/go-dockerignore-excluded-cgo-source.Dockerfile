# the build context holds experimental/ (a package that imports "C"), but its .dockerignore
# excludes that folder: BuildKit does not send it, so the build's sources show no cgo and
# the program is built static (as go_cgo_import_c_from_context keeps cgo when it is sent)
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]
