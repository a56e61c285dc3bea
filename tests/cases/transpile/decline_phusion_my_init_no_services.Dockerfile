# phusion/baseimage's init with no service of the build's own starts only the base
# image's cron and syslog: the container is run as a machine and used through
# `docker exec` with the tools the RUNs install (a toolbox), so nothing may be dropped
FROM phusion/baseimage:0.11
RUN apt-get update && apt-get install -y build-essential gdb python3-pip python3-dev
RUN python3 -m pip install pwntools
WORKDIR /ctf
CMD ["/sbin/my_init"]
