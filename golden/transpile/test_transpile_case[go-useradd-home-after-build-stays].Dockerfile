# the user is created after the build, and nothing the runner copies from the builder
# lands in its home: the order stays (the config COPY comes after the user, as in the original)
FROM golang:1.21-bookworm AS builder
# static binary: nothing in this build needs cgo
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/server .

FROM debian:bookworm-slim
WORKDIR /src
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
RUN groupadd -r app && useradd -m -g app app
COPY config.yml /home/app/.config/server/config.yml
USER app
CMD ["server"]
