# supervisord is a console script pip installs, beside a Go build: the Go runner does
# not get it
FROM golang:1.21-alpine3.19
RUN apk add --no-cache py3-pip && pip install --break-system-packages supervisor
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/hook .
COPY supervisord.conf /etc/supervisord.conf
CMD ["/usr/bin/supervisord", "-c", "/etc/supervisord.conf"]
