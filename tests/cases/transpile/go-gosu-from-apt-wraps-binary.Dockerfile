# gosu (installed by apt) starts the build's binary as another user: gosu is a program
# the runner must have too (installed again, tested there), and the program it starts,
# after the user, is the one read for the artifact
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["gosu", "nobody", "server"]
