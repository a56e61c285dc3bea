# the command's `while` loop, its `if` and a command substitution run only programs the
# runner has (the built binary, sleep, date): each is checked there, whichever branch runs
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD while [ ! -e /run/ready ]; do sleep 1; done; if [ -n "$DEBUG" ]; then app -v --since "$(date +%s)"; else app; fi
