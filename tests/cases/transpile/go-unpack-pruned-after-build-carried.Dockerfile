# a RUN after the build deletes some files of an archive unpacked before it (find -name
# ... -delete): it prunes the unpack and reads none of it for the build, so what is left
# is there for the program: the runner copies /opt/site as the build left it (the find's
# start point was taken for a read by the build before, and the runner lacked /opt/site)
FROM golang:1.21-bookworm
RUN mkdir -p /opt/site && curl -fsSL https://x/site.tgz | tar -xz -C /opt/site
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
RUN find /opt/site -name '*.md' -delete
CMD ["server"]
