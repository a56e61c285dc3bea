# `exec sh start.sh`: the shell's exec is transparent, the script handed to sh is
# ./start.sh of the copied tree (not a file `./sh`), read with --context
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD exec sh start.sh
