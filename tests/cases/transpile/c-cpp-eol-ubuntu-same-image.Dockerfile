# ubuntu:12.10 (quantal) is past its end of life and no runtime package table covers it:
# the builder reads the packages owning the libraries the binary loads (ldd, dpkg-query)
# and the runner is the same image (no slim Ubuntu image exists), installing them from
# the same archive; the original's own apt-get update needs that archive too
FROM ubuntu:12.10
RUN apt-get update -qq
RUN apt-get install -qqy automake libcurl4-openssl-dev git make
RUN git clone https://github.com/pooler/cpuminer
RUN cd cpuminer && ./autogen.sh
RUN cd cpuminer && ./configure CFLAGS="-O3"
RUN cd cpuminer && make
WORKDIR /cpuminer
ENTRYPOINT ["./minerd"]
