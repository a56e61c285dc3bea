# phusion/baseimage's init starts the runit services a RUN sets up; on a runner with
# only the build's artifacts neither my_init nor those services are there
FROM phusion/baseimage:0.9.19
CMD ["/sbin/my_init"]
RUN apt-get update && apt-get install -y build-essential curl \
    && curl -fsSL https://example.com/tool-1.0.tar.gz | tar -xz -C /usr/src \
    && cd /usr/src/tool-1.0 && ./configure && make && make install
RUN mkdir -p /etc/service/tool && printf '#!/bin/sh\nexec /usr/local/bin/tool\n' > /etc/service/tool/run \
    && chmod +x /etc/service/tool/run
