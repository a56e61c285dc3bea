# the build context holds scratch/sample.json, a file the program might read at run time,
# but its .dockerignore excludes scratch: BuildKit sends only the sources and go.mod, so
# `COPY . .` brings nothing the program reads and is not repeated in the runner
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app"]
