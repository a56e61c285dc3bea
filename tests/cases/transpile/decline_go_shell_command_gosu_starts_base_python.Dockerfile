# a shell command of several programs: gosu's command (python3, which the slim runner
# lacks) is checked like the others (gosu alone was, and the runner was written)
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD echo starting; gosu nobody python3 -m http.server
