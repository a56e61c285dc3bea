# CMD runs /srv/app/bin/relay, which `ADD . /srv/app` brings; the build context given holds
# the sources (src/CMakeLists.txt, src/main.c) but not bin/relay: it is not read, as without
# a context, so the programs it runs are unknown while the runner leaves out the build
# packages (without the check, it was taken for a file the build made in the app tree the
# runner copies)
FROM ubuntu:14.04
RUN apt-get -y update && apt-get install -y libssl-dev build-essential cmake
ADD . /srv/app
WORKDIR /srv/app
RUN mkdir build
RUN cd build && cmake ../src && make clean all
CMD /srv/app/bin/relay -u 9000
