# `sudo -i` starts a login shell (and `-D` a directory): the program it starts is not
# followed
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["sudo", "-i", "-u", "nobody", "server"]
