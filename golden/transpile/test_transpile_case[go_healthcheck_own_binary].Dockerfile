FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server . && go build -o /usr/local/bin/probe ./cmd/probe

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /usr/local/bin/probe /usr/local/bin/probe
HEALTHCHECK --interval=10s CMD ["/usr/local/bin/probe", "-addr", "localhost:8080"]
CMD ["server"]
