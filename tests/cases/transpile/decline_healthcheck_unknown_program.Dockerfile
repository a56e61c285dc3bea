FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server .
HEALTHCHECK CMD pgrep server || exit 1
CMD ["server"]
