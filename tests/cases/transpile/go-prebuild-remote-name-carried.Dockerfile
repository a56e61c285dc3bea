# a RUN before the build downloads a data file with `curl -O`, which names it after the
# URL's last segment without its query (/opt/data/model.bin) and which no command of the
# build reads: the runner copies it from the builder, as for `curl -o FILE`
FROM golang:1.21-bookworm
WORKDIR /opt/data
RUN curl -fsSLO "https://example.com/models/model.bin?raw=true"
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .
CMD ["/app"]
