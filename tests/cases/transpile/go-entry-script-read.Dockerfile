# a Go server started by a script of the build context, read with --context: it runs core
# utilities, a program of a kept package (curl) and the binary, which all reach the runner
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["--port", "8080"]
