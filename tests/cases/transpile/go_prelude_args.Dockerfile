ARG GO_VERSION=1.22
FROM golang:${GO_VERSION}-bookworm
ARG VERSION=dev
WORKDIR /src
COPY . .
RUN go build -ldflags "-X main.version=${VERSION}" -o /app .
LABEL version=$VERSION
CMD ["/app"]
