FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server \
    && go build -o /out/worker ./cmd/worker

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out/server /out/server
COPY --from=builder /out/worker /out/worker
EXPOSE 8080
CMD ["/out/server", "--listen", ":8080"]
