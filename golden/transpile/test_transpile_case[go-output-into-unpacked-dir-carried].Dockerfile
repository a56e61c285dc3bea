# the build writes its program into the directory an archive was unpacked in: `go build
# -o /opt/site/server` writes there and reads nothing of it, so the unpack is read by no
# later command and is there for the program: the runner copies /opt/site whole, not the
# program alone (the -o word was taken for a read before)
FROM golang:1.21-bookworm AS builder
RUN mkdir -p /opt/site && curl -fsSL https://x/site.tgz | tar -xz -C /opt/site
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /opt/site/server .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /opt/site/server /opt/site/server
# written by the RUN at line 6 and read by no command of the build: the program may read it at run time
COPY --from=builder /opt/site /opt/site
CMD ["/opt/site/server"]
