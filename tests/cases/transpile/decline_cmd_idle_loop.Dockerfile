# a command that only sleeps in a loop keeps the container alive for `docker exec`:
# a toolbox, whose user may run any tool of the builder
FROM golang:1.22-alpine3.19
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD while :; do sleep 3600; done
