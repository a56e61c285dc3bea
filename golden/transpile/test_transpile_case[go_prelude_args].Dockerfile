ARG GO_VERSION=1.22
FROM golang:${GO_VERSION}-bookworm AS builder
ARG VERSION=dev
WORKDIR /src
COPY . .
RUN go build -ldflags "-X main.version=${VERSION}" -o /app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
ARG VERSION=dev
LABEL version=$VERSION
CMD ["/app"]
