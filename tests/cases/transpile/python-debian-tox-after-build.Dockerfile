# tox after the build builds a virtualenv and pip-installs tox.ini's deps there, which
# may compile against the -dev packages: it runs in the builder and its effect is
# captured, not repeated in a runner without the compilers (9228b00f)
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip python3-dev \
        libzmq3-dev gcc tox
RUN pip3 install --break-system-packages pyzmq
ADD . /opt/bot
RUN cd /opt/bot && tox -epy311
WORKDIR /opt/bot/bot
CMD ["./start.py"]
