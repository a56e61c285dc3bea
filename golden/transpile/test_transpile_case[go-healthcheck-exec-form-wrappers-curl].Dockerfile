# an exec-form HEALTHCHECK is read as the CMD is: timeout and env start curl (core
# programs of every image with a shell), and curl is installed in the runner (it was
# taken for a program `timeout` the runner lacks)
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .

FROM buildpack-deps:bookworm-scm
# the HEALTHCHECK's command
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
HEALTHCHECK CMD ["timeout", "5", "env", "NO_PROXY=*", "curl", "-f", "http://localhost:8080/"]
CMD ["server"]
