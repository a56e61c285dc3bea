# tar -xzf ... -C /usr/share/GeoIP of a database no later command reads: carried
FROM golang:1.21-bookworm AS builder
RUN curl -fsSL -o /tmp/geo.tgz https://x/geo.tgz && tar -xzf /tmp/geo.tgz -C /usr/share/GeoIP
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static-debian12
WORKDIR /src
COPY --from=builder /app /app
# the RUN at line 3 unpacks an archive here and no command of the build reads it: the program may read it
COPY --from=builder /usr/share/GeoIP /usr/share/GeoIP
CMD ["/app"]
