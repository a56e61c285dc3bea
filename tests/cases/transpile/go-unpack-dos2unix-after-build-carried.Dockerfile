# a RUN after the build converts the line ends of a script of an archive unpacked before
# it (dos2unix rewrites its operands in place, as sed -i does): the unpack is prepared
# for the program, not read by the build, so the runner copies /opt/site as the build
# left it (dos2unix was an unknown program before, its operand a read)
FROM golang:1.21-bookworm
RUN apt-get update && apt-get install -y dos2unix && mkdir -p /opt/site && curl -fsSL https://x/site.tgz | tar -xz -C /opt/site
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
RUN dos2unix /opt/site/hooks/post-start.sh
CMD ["server", "--hooks", "/opt/site/hooks"]
