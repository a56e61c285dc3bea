# the command under tini is a shell builtin that does nothing (`alias`): the program is
# the one given at `docker run`, so the image is a toolbox, and the runner leaves the
# compilers (build-essential, cmake) in the builder (from corpus 2116fc39)
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y wget bzip2 ca-certificates git tini build-essential cmake
RUN wget -q https://repo.continuum.io/archive/Anaconda2-2.5.0-Linux-x86_64.sh -O /tmp/a.sh && \
    /bin/bash /tmp/a.sh -b -p /opt/conda && rm /tmp/a.sh
ENV PATH /opt/conda/bin:$PATH
RUN pip install gym
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD alias ffmpeg="avconv"
