# the RUN after the build installs a package (imagemagick) for run time: it runs in the
# builder, the capture there leaves the package's files out, and the runner installs it
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
RUN apt-get update && apt-get install -y --no-install-recommends imagemagick && rm -rf /var/lib/apt/lists/*
USER nobody
CMD ["app"]
