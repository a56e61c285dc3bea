# `go run .` compiled at every start: built in the builder, the binary runs with the same arguments
FROM golang:1.22-bookworm AS builder
WORKDIR /app
COPY . .
RUN go mod download
# CMD ran `go run .`, which compiles at every start: compiled here instead
# hadolint ignore=DL3059
RUN go build -o /usr/local/bin/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /app
# files the program may read at run time (config, templates, static files)
COPY . /app/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["/usr/local/bin/app"]
