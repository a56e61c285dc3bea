FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
RUN useradd -G tty worker
USER worker
CMD ["app"]
