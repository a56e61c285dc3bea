# a COPY --from an image (not a stage) after the build is placed in the runner as written:
# the file comes from that image, as in the original
FROM golang:1.21-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
COPY --from=ghcr.io/grpc-ecosystem/grpc-health-probe:v0.4.24 /ko-app/grpc-health-probe /usr/local/bin/grpc_health_probe
EXPOSE 50051
CMD ["app"]
