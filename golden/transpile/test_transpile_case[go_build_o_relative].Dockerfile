FROM golang:1.22-bookworm AS builder
WORKDIR /src
# dependencies first, for the layer cache
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o bin/server ./cmd/server

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /src/bin/server /src/bin/server
EXPOSE 8080
CMD ["./bin/server"]
