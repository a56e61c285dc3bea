FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app ./cmd/app
WORKDIR /etc/app
COPY config.yaml ./config.yaml
CMD ["app", "-config", "/etc/app/config.yaml"]
