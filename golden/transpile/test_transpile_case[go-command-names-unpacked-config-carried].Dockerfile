# the command names conf/app.yaml in the final WORKDIR /app, where an archive the build
# unpacks puts it: the runner copies /app as the build left it (it got the binary alone)
FROM golang:1.21-bookworm AS builder
WORKDIR /app
RUN curl -fsSL https://example.com/site.tgz | tar -xz
COPY . /src
RUN cd /src && CGO_ENABLED=0 go build -o /usr/local/bin/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /app
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
# the command names /app/conf/app.yaml: the RUN at line 5 unpacks an archive into /app, whose content is not known
COPY --from=builder /app /app
CMD ["app", "-c", "conf/app.yaml"]
