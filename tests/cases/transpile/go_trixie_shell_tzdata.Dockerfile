# no cgo in the sources; the shell-form CMD needs a shell: trixie-slim, which has no
# zoneinfo, gets tzdata
FROM golang:1.24-trixie
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/clock .
CMD clock --zone "$TZ"
