# the build context holds experimental/ (a package that imports "C"), but its .dockerignore
# excludes that folder: BuildKit does not send it, so the build's sources show no cgo and
# the program is built static (as go_cgo_import_c_from_context keeps cgo when it is sent)
FROM golang:1.22-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["app"]
