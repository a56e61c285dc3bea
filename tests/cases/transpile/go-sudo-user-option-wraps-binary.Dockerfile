# sudo's options (-u USER, -E) and time's -p are read: the program they start is the
# build's binary (it was taken for `-u`); sudo and time are programs of packages the
# original installs, which the runner installs again
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends sudo time && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["sudo", "-E", "-u", "nobody", "time", "-p", "server"]
