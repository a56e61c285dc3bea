# a RUN after the build makes the configuration of an archive unpacked before it, inside
# it (cd there, cp the example, sed -i): the files it reads and writes are all the
# unpack's, so the unpack is prepared for the program, not read by the build: the runner
# copies /opt/site as the build left it (the cd and the copy were taken for reads before)
FROM golang:1.21-bookworm
RUN mkdir -p /opt/site && curl -fsSL https://x/site.tgz | tar -xz -C /opt/site
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
RUN cd /opt/site && cp site.conf.example site.conf && sed -i 's/^port = .*/port = 8080/' site.conf
CMD ["server"]
