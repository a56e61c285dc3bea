# an archive unpacked into /opt/geo (tar -C fills it, it does not read it) and a download
# run inside /data: both are there for the program and reach the runner; the archive in
# /tmp, read by tar, stays behind
FROM golang:1.21-bookworm AS builder
RUN mkdir -p /opt/geo && curl -fsSL -o /tmp/geo.tgz https://example.com/geo.tgz && tar xzf /tmp/geo.tgz -C /opt/geo
RUN mkdir /data && cd /data && wget https://example.com/words.txt
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app .

FROM buildpack-deps:bookworm-scm
WORKDIR /src
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /app /app
# written by the RUN at line 6 and read by no command of the build: the program may read it at run time
COPY --from=builder /data /data
# written by the RUN at line 5 and read by no command of the build: the program may read it at run time
COPY --from=builder /opt/geo /opt/geo
CMD ["/app"]
