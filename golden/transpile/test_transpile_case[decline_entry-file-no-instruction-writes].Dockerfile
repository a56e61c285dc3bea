# no instruction writes /io/dev/build-wheels.sh: a file of the base image or of a
# mount at run time (manylinux builds mount the project at /io), neither known
FROM golang:1.21-bookworm
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/wheels .
WORKDIR /root
CMD /io/dev/build-wheels.sh
