FROM golang:1.22-bookworm AS builder
ENV DEBIAN_FRONTEND=noninteractive APP_ENV=production
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/svc .

# hadolint ignore=DL3006
FROM gcr.io/distroless/base-debian12
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/svc /usr/local/bin/svc
ENV APP_ENV=production
ENV PORT=8080
LABEL org.opencontainers.image.title="svc" \
    org.opencontainers.image.source="https://example.com/svc"
EXPOSE 8080
VOLUME /data
STOPSIGNAL SIGTERM
USER nobody
CMD ["svc"]
