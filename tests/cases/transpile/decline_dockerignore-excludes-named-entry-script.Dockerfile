# the build context holds entrypoint.sh, which the COPY at line 11 names, but its
# .dockerignore excludes *.sh: BuildKit does not send it (the build fails there), so the
# context is not the build's and is read as none; the entry script is not read, and the
# decline says so rather than asking for a context (go-entry-script-read: read, no
# .dockerignore)
FROM golang:1.22-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["--port", "8080"]
