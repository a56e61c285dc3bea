# a JDK and ant beside make: what make builds may be a Java program started by a script,
# which needs the JDK the package tables call build-only
FROM ubuntu:14.04
RUN apt-get -y update && apt-get -y install openjdk-7-jdk make git ant docker.io
ADD . /src
RUN cd /src && make
ENTRYPOINT ["/src/entrypoint"]
