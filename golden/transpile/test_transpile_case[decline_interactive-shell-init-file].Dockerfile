# `bash --init-file prelim.sh` reads prelim.sh and then gives a prompt: an interactive
# toolbox (corpus 525435bb, pantheon's `docker run -it`), not a script the shell runs, and
# the runner would leave out pkg-config, which its user may run: declined
FROM ubuntu:18.04
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y git python-pip \
    pkg-config iproute2 && pip install tabulate
RUN git clone https://github.com/example/tunnel.git /opt/tunnel
WORKDIR /opt/tunnel
RUN ./configure && make && make install
RUN echo 'echo Please run ". 1" to run a test.' > prelim.sh
CMD bash --init-file /opt/tunnel/prelim.sh
