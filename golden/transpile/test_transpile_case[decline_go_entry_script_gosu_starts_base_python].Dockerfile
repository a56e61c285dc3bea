# the entry script's `exec gosu nobody "$@"` starts the CMD's python3, a program of
# golang:bookworm its slim runner lacks (gosu's arguments were not read: the runner
# without python3 was written)
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
ENTRYPOINT ["/src/entrypoint.sh"]
CMD ["python3", "-m", "http.server"]
