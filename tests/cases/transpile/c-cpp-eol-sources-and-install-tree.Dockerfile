# ubuntu:precise, end of life: the build points apt at its own archive (the runner gets
# the builder's /etc/apt for its installs) and installs into /usr/local, which the
# runner copies whole: the builder reads the libraries of every executable and shared
# object there too (those inside /usr/local come with the copy); wget stays: whether
# the program runs it is not known, and keeping it works either way
FROM ubuntu:precise
RUN echo "deb http://old-releases.ubuntu.com/ubuntu precise main universe" > /etc/apt/sources.list
RUN apt-get update
RUN apt-get -y install build-essential wget openssl libssl-dev
RUN wget -O - https://www.stunnel.org/archive/4.x/stunnel-4.56.tar.gz | tar -C /usr/local/src -zx
RUN cd /usr/local/src/stunnel-4.56 && ./configure && make && make install
CMD ["/usr/local/bin/stunnel", "/stunnel/stunnel.conf"]
