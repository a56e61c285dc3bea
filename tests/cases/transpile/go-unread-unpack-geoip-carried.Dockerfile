# tar -xzf ... -C /usr/share/GeoIP of a database no later command reads: carried
FROM golang:1.21-bookworm
RUN curl -fsSL -o /tmp/geo.tgz https://x/geo.tgz && tar -xzf /tmp/geo.tgz -C /usr/share/GeoIP
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
