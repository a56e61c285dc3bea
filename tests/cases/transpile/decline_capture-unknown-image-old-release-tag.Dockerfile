# an image the data does not know, proven Debian-family by its own apt install, whose
# tag names wheezy: its dpkg has no --verify, so the capture's test of it would fail the
# build the original passes
FROM resin/rpi-raspbian:wheezy
RUN apt-get update && apt-get install -y build-essential
WORKDIR /src
COPY . .
RUN make && make install PREFIX=/usr
CMD ["/usr/bin/voyager"]
