# the command loads /redis-tsdb/src/redis-tsdb-module.so, which make wrote in
# /redis-tsdb/src under a name the build does not show: the runner would have the
# context's sources there, not the module
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y build-essential wget
RUN wget https://github.com/antirez/redis/archive/4.0.0.tar.gz && tar xzf 4.0.0.tar.gz
RUN cd redis-4.0.0 && make && make install
COPY . /redis-tsdb
RUN cd /redis-tsdb/src && make
CMD ["/usr/local/bin/redis-server", "--loadmodule", "/redis-tsdb/src/redis-tsdb-module.so"]
