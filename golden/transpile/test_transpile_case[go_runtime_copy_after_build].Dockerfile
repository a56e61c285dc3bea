FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app ./cmd/app

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /etc/app
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY config.yaml ./config.yaml
CMD ["app", "-config", "/etc/app/config.yaml"]
