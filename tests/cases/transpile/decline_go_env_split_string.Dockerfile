# `env -S` splits its string into the command: what it starts is not followed
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["env", "-S", "sh start.sh"]
