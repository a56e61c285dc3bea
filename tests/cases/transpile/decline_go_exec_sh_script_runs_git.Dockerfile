# `exec sh start.sh` runs ./start.sh (read with --context), which runs git, a build tool
# the runner does not get: declined naming the script, not a file `./sh`
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD exec sh start.sh
