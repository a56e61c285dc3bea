# no table names the runtime packages of libfcgi-dev and libpqxx-dev on trusty, and the
# build installs into /usr/local: the builder reads the libraries of what the install
# wrote there (and of the .so links of the unknown -dev packages, as a table would name
# them), the runner installs their owners
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y git build-essential automake autoconf libtool \
    libfcgi-dev libpqxx-dev libboost-program-options-dev
RUN git clone https://github.com/zerebubuth/openstreetmap-cgimap.git /cgimap
WORKDIR /cgimap
RUN ./autogen.sh && ./configure && make && make install
CMD ["/usr/local/bin/openstreetmap-cgimap", "--port=8000"]
