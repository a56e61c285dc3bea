# the entry script ends `exec gosu nobody "$@"`: gosu (installed by apt, installed again
# in the runner) is placed and the CMD it starts is read as the script's program
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
ENTRYPOINT ["/src/entrypoint.sh"]
CMD ["server"]
