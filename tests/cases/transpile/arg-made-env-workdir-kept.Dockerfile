# WORKDIR names an ENV that a build argument makes (ENV SRC=${SRC:-/srv/tool} after
# ARG SRC): `--build-arg SRC=/opt/tool` moves the original's working directory, so the
# runner's WORKDIR and the context copy it repeats are written with the ENV's value
# (the ARG declared before them), not with the default's path
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y gcc make && rm -rf /var/lib/apt/lists/*
ARG SRC
ENV SRC=${SRC:-/srv/tool}
ADD . $SRC
WORKDIR $SRC
RUN make install
CMD ["/usr/local/bin/tool", "--config", "tool.conf"]
