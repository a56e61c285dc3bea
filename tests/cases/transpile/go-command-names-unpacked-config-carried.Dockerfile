# the command names conf/app.yaml in the final WORKDIR /app, where an archive the build
# unpacks puts it: the runner copies /app as the build left it (it got the binary alone)
FROM golang:1.21-bookworm
WORKDIR /app
RUN curl -fsSL https://example.com/site.tgz | tar -xz
COPY . /src
RUN cd /src && CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app", "-c", "conf/app.yaml"]
